d = {}
d[(1, 2)] = "a"
d[(1, (2, 3))] = "b"
d[()] = "empty"
print(d[(1, 2)], d[(1, (2, 3))], d[()])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()))
print(hash((1, 2)), hash(()), hash((1, "a")) == hash((1, "a")), hash((1.0, True)) == hash((1, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
s = {(0, 0), (0, 1), (0, 0)}
print(len(s))
