for ch in "héy":
    print(ch, ord(ch))
print(list("abc"), tuple("xy"), set("aab") == {"a", "b"})
print([c * 2 for c in "abc"])
print(sorted("banana"), "".join(sorted("banana", reverse=True)))
print(list(enumerate("ab")), list(reversed("abc")))
print(dict.fromkeys("abca"))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
