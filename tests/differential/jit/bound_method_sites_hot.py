# Call sites that call bound methods (`m = obj.f; m(x)`, callbacks, getattr dispatch) go
# straight into the function's code with the receiver first while the bound method is of
# the function the site remembers; anything else at the same site takes the long way, with
# CPython's results and errors.


class Acc:
    def __init__(self, tag):
        self.tag = tag
        self.n = 0
        self.total = 0

    def add(self, v):
        self.n += 1
        self.total += v
        return self

    def sub(self, v):
        self.total -= v
        return self

    def pair(self, a, b=10):
        return self.total + a * b

    @classmethod
    def make(cls, tag):
        return cls(tag)

    @staticmethod
    def twice(v):
        return 2 * v

    def boom(self, v):
        if v == 4321:
            raise ValueError("boom at %d in %s" % (v, self.tag))
        return v


class Sub(Acc):
    def add(self, v):
        self.n += 2
        self.total += 2 * v
        return self


def drive(f, n, mask=255):
    r = None
    for v in range(n):
        r = f(v & mask)
    return r


def apply_all(fs, n):
    out = []
    for i in range(n):
        f = fs[i % len(fs)]
        out.append(f(i))
    return out


def plain(v):
    return -v


def dispatch(obj, names, n):
    s = 0
    for i in range(n):
        s += getattr(obj, names[i % len(names)])(i)
    return s


a, b = Acc("a"), Acc("b")
drive(a.add, 3000)
print("a", a.n, a.total)
# Another instance's bound method of the same function: its own receiver.
drive(b.add, 2500)
print("b", b.n, b.total, "a", a.n, a.total)
# Another function at the same site, then a subclass's override.
drive(a.sub, 2000)
s = Sub("s")
drive(s.add, 2000)
print("after sub", a.total, "Sub", s.n, s.total)
# Plain functions, static methods, class methods and builtins at a site that saw methods.
print(drive(plain, 1000), drive(Acc.twice, 1000), drive(Acc.make, 1000).tag)
print(drive([].append, 100), drive(str, 100))
# Methods with defaults, and the method object rebound on the class mid-run: a bound
# method already taken keeps calling the function it holds.
p = a.pair
print(drive(p, 1500))
old = a.add
Acc.add = Acc.sub
print(drive(old, 1000).total, drive(a.add, 1000).total)
Acc.add = old.__func__
# Bound methods and functions alternating at one site.
print([x.tag if isinstance(x, Acc) else x for x in apply_all([a.add, plain, b.sub, Acc.twice, s.add], 4000)[-5:]])
# The function itself called with one argument fewer than it takes, at a site that called
# its bound methods: the function's own error.
try:
    apply_all([a.add] * 3 + [Acc.add], 3000)
except TypeError as e:
    print("TypeError:", e)
# getattr dispatch, as a visitor does.
print(dispatch(a, ["boom", "twice", "pair"], 6000) % 1000003, a.n)
print(dispatch(s, ["pair", "twice"], 6000) % 1000003)
# An exception raised inside a method called through its bound method.
try:
    drive(a.boom, 5000, 8191)
except ValueError as e:
    print("ValueError:", e)
# Bound methods of generator functions and deep recursion through a bound method.


class Gen:
    def up(self, k):
        yield from range(k)

    def down(self, k):
        return 0 if k == 0 else self.rec(k - 1) + 1


Gen.rec = Gen.down
g = Gen()
print(sum(sum(drive(g.up, 300)) for _ in range(3)))
rec = g.down
print(rec(500))
try:
    rec(100000)
except RecursionError as e:
    print("RecursionError:", e)
drive(b.boom, 5000, 8191)
