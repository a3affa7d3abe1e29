names = ["ann", "bob", "cyd"]
scores = [90, 85, 77]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n:<4} {s}")
pairs = list(zip(names, scores))
n2, s2 = zip(*pairs)
print(n2, s2)
print(dict(enumerate("abc")))
