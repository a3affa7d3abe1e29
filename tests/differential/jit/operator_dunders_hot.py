# Operator methods of user classes called in hot loops: the forward method found for the
# class (and remembered per class version), NotImplemented answers, reflected methods of
# other classes and of subclasses (which go first), methods rebound, added, deleted and
# replaced on the class mid-loop, in-place operators falling back, and errors raised
# inside an operator method.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return Vec(self.x * k * 10, self.y * k * 10)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class LoudVec(Vec):
    def __radd__(self, o):
        return "LoudVec.__radd__ first"


class Other:
    def __radd__(self, o):
        return "Other.__radd__"


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __mul__(self, o):
        return NotImplemented


class Money:
    calls = 0

    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, o):
        Money.calls += 1
        if not isinstance(o, Money):
            return NotImplemented
        return self.cents < o.cents

    def __eq__(self, o):
        Money.calls += 1
        if isinstance(o, Money) and o.cents < 0:
            return NotImplemented  # the other side (same class) is asked, reflected
        return isinstance(o, Money) and self.cents == o.cents

    def __hash__(self):
        return hash(self.cents)


class Meters:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        if o.v > self.v:
            raise ValueError("negative length %d" % (self.v - o.v))
        return Meters(self.v - o.v)


def main():
    acc = Vec(0, 0)
    for i in range(3000):
        acc = acc + Vec(i, 1)
        acc = acc + 1
        acc = acc * 1
    print("sum", acc)

    r = []
    for i in range(3000):
        v = Vec(i, i)
        if i % 1000 == 0:
            r.append(v + LoudVec(1, 1))  # subclass on the right with __radd__: it goes first
            r.append(v + Other())  # NotImplemented, then the other class's __radd__
            r.append(2 * v)  # int first: Vec.__rmul__
            r.append(v * 2.5)
    print(r)

    errors = 0
    for i in range(3000):
        try:
            Vec(1, 1) + "s"
        except TypeError as e:
            errors += 1
            msg = str(e)
        try:
            Vec(1, 1) * Vec(2, 2)
        except TypeError as e:
            errors += 1
            msg2 = str(e)
    print("errors", errors, msg, "|", msg2)

    original_add = Vec.__add__
    for i in range(3000):
        if i == 1000:
            Vec.__add__ = lambda self, o: "rebound %s" % (o,)
        if i == 2000:
            del Vec.__add__
        try:
            out = Vec(1, 2) + i
        except TypeError as e:
            out = str(e)
        if i in (999, 1000, 1999, 2000, 2999):
            print(i, out)
    Vec.__add__ = original_add

    class Base:
        def __add__(self, o):
            return "Base"

    class Derived(Base):
        pass

    seen = []
    for i in range(3000):
        if i == 1500:
            Derived.__add__ = lambda self, o: "Derived"
        if i == 2500:
            Base.__add__ = staticmethod(lambda b: "static %s" % (b,))
            del Derived.__add__
        if i % 500 == 499:
            seen.append(Derived() + i)
    print(seen)

    s = Vec(0, 0)
    for i in range(3000):
        s += Vec(1, 2)  # no __iadd__: __add__
    print("inplace", s)

    print("repeat", Index(3) * "ab", [1] * Index(2))
    try:
        Index(2) * Index(3)
    except TypeError as e:
        print("TypeError:", e)

    wallet = [Money((i * 7919) % 1000) for i in range(3000)]
    wallet.sort()
    print("sorted", [w.cents for w in wallet[:5]], [w.cents for w in wallet[-3:]])
    Money.calls = 0  # (how many comparisons a sort makes is the sort's business)
    eq = ne = 0
    for i in range(3000):
        a, b = Money(i % 10), Money(i % 7)
        eq += a == b
        ne += a != b  # no __ne__: the inverse of __eq__
    neg = Money(-1)
    print("eq", eq, ne, Money(5) == neg, neg == neg, Money(1) == 1, Money(1) != "x")
    lt = 0
    for i in range(3000):
        if i == 1500:
            Money.__lt__ = lambda self, o: self.cents > o.cents
        lt += Money(i) < Money(1000)
    print("lt", lt, Money.calls)
    try:
        Money(1) < 5
    except TypeError as e:
        print("TypeError:", e)

    m = Meters(10)
    for i in range(3000):
        m = m - Meters(0)
    for i in range(3000):
        m = m - Meters(i)


main()
