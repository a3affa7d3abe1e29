class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self._t = (x, y)
    x = property(lambda self: self._t[0])
    y = property(lambda self: self._t[1])
    def __iter__(self):
        return iter(self._t)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return self._t[i]
    def __eq__(self, other):
        return tuple(self) == tuple(other)
    def __hash__(self):
        return hash(self._t)
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def _replace(self, **kw):
        d = {"x": self.x, "y": self.y}
        d.update(kw)
        return Point(**d)
p = Point(1, 2)
x, y = p
print(p, x, y, p[0], p[-1], len(p), p == (1, 2), (1, 2) == p, p._replace(y=5))
print({p: "a"}[Point(1, 2)], sorted([Point(2, 0), Point(1, 5)], key=tuple))
t = (1, [2, 3], "four")
t[1].append(99)
print(t, t.index("four"), t.count(1), len(t))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (1,) * 3, () == tuple(), tuple("ab"), tuple({"k": 1}), (1, 2) < (1, 2, 0), (2,) > (1, 5))
print(tuple(x * 2 for x in range(3)), (0,) in [(0,)], max([(1, "b"), (1, "a")]))
single = 1,
print(single, type(single).__name__, (1), ((1,),))
a, b = b, a = 1, 2
print(a, b)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
print(tuple(range(3))[::-1], (1, 2, 3)[5:], (1, 2, 3)[-5:2])
records = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(records, key=lambda r: r[1]), min(records), max(records, key=lambda r: (r[1], r[0])))
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), (1, 2) == [1, 2], tuple([1, 2]) == (1, 2))
def multi():
    return 1, "two", [3]
n, s, l = multi()
print(n, s, l, multi())
print(divmod(17, 5), tuple(enumerate("ab")), tuple(zip((1, 2), "xy")))
