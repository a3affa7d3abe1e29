# Hot comparison sites that see ints, then user classes whose rich
# comparisons return NotImplemented (falling back to the reflected method)
# or non-bool values, and __eq__/__hash__ used by dict lookups.


class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __lt__(self, other):
        if isinstance(other, Ver):
            return self.key() < other.key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Ver):
            return self.key() > other.key()
        if isinstance(other, int):
            return self.major > other
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Ver):
            return self.key() == other.key()
        return NotImplemented

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return "v%d.%d" % self.key()


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __eq__(self, other):
        return [a == b for a, b in zip(self.xs, other.xs)]

    def __lt__(self, other):
        return "lt-result"


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


n = 0
for i in range(3000):
    if lt(i, 1500):
        n += 1
    if eq(i, 7):
        n += 100
    if ne(i % 2, 0):
        n += 1
print(n)

vs = [Ver(m, k) for m in range(4) for k in range(3)]
print(sum(lt(a, b) for a in vs for b in vs), sum(eq(a, b) for a in vs for b in vs))
print(lt(3, Ver(2, 9)), lt(1, Ver(2, 0)), lt(Ver(1, 0), Ver(1, 1)))
try:
    lt(Ver(1, 1), 3)
except TypeError as e:
    print("TypeError:", e)
print(eq(Ver(1, 1), "x"), ne(Ver(1, 1), Ver(1, 1)), ne(Ver(1, 1), 3), eq(3, Ver(0, 3)))
print(sorted(vs, reverse=True)[:4], max(vs), min(vs))

d = {}
for i in range(2000):
    v = Ver(i % 5, i % 2)
    d[v] = d.get(v, 0) + 1
print(sorted(d.items()))
print(Ver(2, 1) in d, Ver(9, 9) in d, vs.index(Ver(3, 1)), vs.count(Ver(0, 0)))

# non-bool rich comparison results pass through unchanged; truthiness is
# applied only where a bool is needed
a, b = Vec(1, 2, 3), Vec(1, 5, 3)
print(eq(a, b), lt(a, b), ne(a, b))
print("truthy" if eq(a, b) else "falsy", "truthy" if eq(Vec(), Vec()) else "falsy")
res = []
for i in range(1500):
    x = (i, Ver(1, 1), a)[i % 3]
    y = (i + 1, Ver(1, 2), b)[i % 3]
    res.append(lt(x, y))
print(res[:3], res.count(True), res.count("lt-result"))

# chained comparisons with mixed types
print([1 < x < 3.5 for x in (0, 1, 2, 3, 3.5, 2 ** 64, True)])
print(Ver(1, 0) < Ver(1, 1) < Ver(2, 0), Ver(1, 0) < Ver(1, 1) > Ver(2, 0))

# __eq__ that raises after many calls
class Touchy:
    count = 0

    def __eq__(self, other):
        Touchy.count += 1
        if Touchy.count == 1500:
            raise KeyError("touchy")
        return False

    __hash__ = None


t = Touchy()
hits = 0
try:
    for i in range(3000):
        if eq(t, i):
            hits += 1
except KeyError as e:
    print("KeyError", e, Touchy.count)
try:
    {t: 1}
except TypeError as e:
    print("TypeError:", e)
