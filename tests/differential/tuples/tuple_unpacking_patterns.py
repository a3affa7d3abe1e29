point = (3, 4)
x, y = point
print(x, y)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
head, *tail = (1, 2, 3, 4)
*init, last = (1, 2, 3, 4)
first, *middle, end = (1,) + (2,) * 3 + (5,)
print(head, tail, init, last, first, middle, end)
for i, (name, (lo, hi)) in enumerate([("a", (1, 2)), ("b", (3, 4))]):
    print(i, name, lo + hi)
data = {"k1": (1, [2, 3]), "k2": (4, [5, 6])}
for key, (n, [p, q]) in sorted(data.items()):
    print(key, n, p, q)
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
a, b = b, a = 5, 6
print(a, b)
t = 1, 2, 3
u, v, w = t
print(u + v + w, t.count(2), t.index(3))
(single,) = [42]
[also] = (43,)
print(single, also)
try:
    (single,) = [1, 2]
except ValueError as e:
    print("ValueError:", e)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, tt)) = nested
print(p, q, r, s, tt)
coords = [(1, 2, 3), (4, 5, 6)]
print([x + y + z for x, y, z in coords], list(zip(*coords)), sum(x for x, *_ in coords))
def divmods(n, *ds):
    return tuple(divmod(n, d) for d in ds)
(q1, r1), (q2, r2) = divmods(17, 5, 3)
print(q1, r1, q2, r2)
key, _, value = "name=ann".partition("=")
print(key, value)
