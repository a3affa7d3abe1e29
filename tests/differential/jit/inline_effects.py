# Methods that store numbers into their instance's attributes (`self.n += 1`) are inlined
# into hot callers; whatever makes a fast path fail part-way through such a body (after an
# attribute was already stored) must leave exactly what the ordinary call leaves.


class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0

    def add(self, v):
        self.n += 1
        self.total += v
        return self

    def bump(self, v):
        self.n = self.n + 1
        self.total = self.total * 2 + v
        return self


class Tracked(Counter):
    @property
    def total(self):
        return self._t

    @total.setter
    def total(self, v):
        self._t = v
        self.sets = getattr(self, "sets", 0) + 1


def run(c, count, v):
    for i in range(count):
        c.add(v + (i & 7))
    return c


def doubling(c, count):
    for i in range(count):
        c.bump(i & 3)
    return c


# Warm up with small ints, then overflow 64 bits part-way through the body.
c = run(Counter(), 3000, 1)
print(c.n, c.total)
c.total = 2**62 - 5
run(c, 50, 1)
print(c.n, c.total)
# Floats, then big ints, then back.
c.total = 0.5
run(c, 10, 2)
print(c.n, c.total)
c.total = 10**30
run(c, 10, 3)
print(c.n, c.total)
c.total = 7
run(c, 2000, 1)
print(c.n, c.total)

# A str attribute: the add raises after `n` was stored.
c.total = "x"
try:
    run(c, 5, 1)
except TypeError as e:
    print("TypeError", e, c.n)
print(c.total)

# The attribute deleted: AttributeError after `n` was stored.
c.total = 0
del c.total
try:
    run(c, 5, 1)
except AttributeError as e:
    print("AttributeError", e, c.n)

# An instance of a subclass whose attribute is a property.
t = Tracked()
run(t, 500, 2)
print(t.n, t.total, t.sets)

# The chained result is the instance itself.
c2 = Counter()
for i in range(3000):
    r = c2.add(1).add(2)
print(r is c2, c2.n, c2.total)

# A body with several stores, overflowing in the middle.
d = doubling(Counter(), 40)
print(d.n, d.total)
d = doubling(Counter(), 3000)
print(d.n, d.total.bit_length())

# The attribute turned into an instance attribute holding a method-shadowing value.
c3 = Counter()
run(c3, 3000, 1)
c3.add = lambda v: "shadowed"
print(c3.add(5), c3.n)
run_result = [c3.add(i) for i in range(3)]
print(run_result)

# Finally an uncaught error raised inside the finished body: the traceback shows the
# method's line under the caller's.
c4 = Counter()
run(c4, 3000, 1)
c4.n = None
run(c4, 3, 1)
