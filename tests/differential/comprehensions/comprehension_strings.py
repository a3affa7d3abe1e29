s = "Hello World From Python"
print("".join([c for c in s if c.isupper()]))
print(" ".join(w[::-1] for w in s.split()))
print([ord(c) - ord("a") for c in "abcxyz"])
print({c: s.count(c) for c in sorted(set(s.lower())) if c.isalpha()})
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr)
