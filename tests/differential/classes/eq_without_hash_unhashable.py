class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(Point.__hash__, p == Point(1, 2), p != Point(1, 2), p in [Point(1, 2)])
for label, fn in [("hash", lambda: hash(p)), ("set", lambda: {p}), ("dict key", lambda: {p: 1}),
                  ("set.add", lambda: set().add(p)), ("in set", lambda: p in {1, 2}), ("in dict", lambda: p in {}),
                  ("frozenset", lambda: frozenset([p])), ("dict.fromkeys", lambda: dict.fromkeys([p]))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
class Hashable(Point):
    def __hash__(self):
        return hash((self.x, self.y))
print(len({Hashable(1, 2), Hashable(1, 2), Hashable(2, 1)}))
class EqInherited(Hashable):
    def __eq__(self, other):
        return False
try:
    hash(EqInherited(0, 0))
except TypeError as e:
    print("subclass redefining __eq__:", e)
class KeepsHash(Hashable):
    def __eq__(self, other):
        return True
    __hash__ = Hashable.__hash__
print(hash(KeepsHash(1, 2)) == hash((1, 2)))
class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, len({a, b, a}))
