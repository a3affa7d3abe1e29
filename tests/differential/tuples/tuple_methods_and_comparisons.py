t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), t[::-1], t[2:5], len(t), min(t), max(t), sum(t))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 2, 0), (1, 2) < (1, 3), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"), (1, 2) == (1, 2.0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
points = [(2, 3), (1, 5), (2, 1), (1, 5, 0)]
print(sorted(points), max(points), points.index((2, 1)))
a = (1, [2, 3])
a[1].append(4)
print(a, hash((1, 2)) == hash((1, 2)))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
single = (5,)
empty = ()
print(single, empty, type(single).__name__, (1) == 1, tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print((1, 2) + (3,), (0,) * 3, 2 in (1, 2), (1, 2) * 0, tuple(x * 2 for x in t[:3]))
x, y = y, x = 1, 2
print(x, y)
nested = ((1, 2), (3, (4, 5)))
(a1, b1), (c1, (d1, e1)) = nested
print(a1, b1, c1, d1, e1)
print(repr((None,)), repr(((),)), str((1, "a", 2.5, None, True)))
