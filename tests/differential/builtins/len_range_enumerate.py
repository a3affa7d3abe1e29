print(len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(range(0, 100, 7)))
for i, c in enumerate("xyz"):
    print(i, c)
for i, c in enumerate(["a", "b"], start=10):
    print(i, c)
print(list(enumerate([])), list(enumerate("ab", -1)))
e = enumerate("pq")
print(next(e), next(e), next(e, None))
print(list(range(3, 0, -1)), range(5)[::-1], list(range(5)[::-2]))
