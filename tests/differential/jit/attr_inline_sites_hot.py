# Attribute loads, stores and method calls that compiled code does inline, with everything
# that must knock them off the fast path happening mid-loop.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shift(self, d):
        self.x += d
        return self


class Other:
    def __init__(self, x, y):
        self.y = y
        self.x = x

    def norm1(self):
        return 1000 + self.x


def loads(points, n):
    total = 0
    for i in range(n):
        p = points[i % len(points)]
        total += p.x * 3 + p.y
    return total


def calls(points, n):
    total = 0
    for i in range(n):
        total += points[i % len(points)].norm1()
    return total


ps = [Point(i, -i) for i in range(10)]
print("loads", loads(ps, 3000))
print("calls", calls(ps, 3000))

# Attribute order differs between instances (the remembered entry misses).
mixed = ps + [Other(i, i * 2) for i in range(5)]
print("mixed loads", loads(mixed, 3000))
print("mixed calls", calls(mixed, 3000))

# An instance attribute shadowing the method, set three different ways.
a, b, c = Point(1, 2), Point(3, 4), Point(5, 6)
for _ in range(2000):
    a.norm1()
a.norm1 = lambda: "instance attribute via store"
setattr(b, "norm1", lambda: "instance attribute via setattr")
vars(c)["norm1"] = lambda: "instance attribute via __dict__"
print(a.norm1(), b.norm1(), c.norm1())
d = Point(1, 1)
for _ in range(2000):
    d.norm1()
d.norm1 = lambda: 500
print("shadowed in a hot site", calls([d, Point(7, 8)], 3000))
for p in (a, b, c, Point(9, 9)):
    print(p.norm1())
del a.norm1
print("after del", a.norm1())

# A key equal to the name but not the same string object.
q = Point(1, 1)
for _ in range(2000):
    q.norm1()
setattr(q, "".join(["no", "rm1"]), lambda: "equal but distinct key")
print(q.norm1())
setattr(q, "".join(["x"]), 40)
print("joined key load", q.x, loads([q], 3))


# A property added to the class takes precedence over the instance dict.
class Box:
    def __init__(self, v):
        self.v = v


def read_v(items, n):
    out = []
    for i in range(n):
        out.append(items[i % len(items)].v)
    return out[-3:]


boxes = [Box(i) for i in range(4)]
print(read_v(boxes, 2000))
Box.v = property(lambda self: "property wins")
print(read_v(boxes, 5))
del Box.v
print(read_v(boxes, 5))


# Class-level default shadowed by instance attributes (`self.n += 1`).
class Tally:
    n = 0

    def bump(self):
        self.n += 1
        return self.n


t = Tally()
u = Tally()
for _ in range(3000):
    t.bump()
print("tally", t.n, u.n, Tally.n)
Tally.n = 100
print("after class rebind", t.n, u.n, u.bump())


# Deleting an attribute mid-loop, then restoring it.
def read_x_or_missing(p, n):
    got = 0
    missing = 0
    for i in range(n):
        if i == n // 2:
            del p.x
        if i == n // 2 + 10:
            p.x = 7
        try:
            got += p.x
        except AttributeError as e:
            missing += 1
            last = str(e)
    return got, missing, last


print(read_x_or_missing(Point(2, 0), 3000))


# __class__ assignment mid-loop.
class Loud(Point):
    def norm1(self):
        return "loud"


def class_switch(n):
    p = Point(1, 2)
    seen = []
    for i in range(n):
        if i == n - 2:
            p.__class__ = Loud
        seen.append(p.norm1())
    return seen[-3:]


print(class_switch(3000))


# Many attributes: the instance dict grows past the small-table size.
class Wide:
    def __init__(self):
        for i in range(12):
            setattr(self, "f%d" % i, i)
        self.k = 5

    def get(self):
        return self.k + self.f11


w = Wide()
print("wide", sum(w.get() for _ in range(2000)), w.f3)
w.get = lambda: "wide shadow"
print(w.get())


# A site cycling through more classes than it remembers.
def make(i):
    ns = {"val": lambda self, i=i: i * 10}
    return type("C%d" % i, (), ns)


classes = [make(i) for i in range(7)]
objs = [cls() for cls in classes]
for i, o in enumerate(objs):
    o.tag = i
total = 0
for r in range(500):
    for o in objs:
        total += o.val() + o.tag
print("megamorphic", total)


# Exceptions: attribute reads on exception instances, and errors raised in methods called
# straight from compiled code.
class Oops(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


errs = [Oops(i) for i in range(3)]
print("exc attrs", sum(e.code for _ in range(1000) for e in errs))


class Fragile:
    def __init__(self):
        self.left = 3

    def step(self, k):
        self.left -= 1
        return 10 // self.left + k


def run_fragile(f):
    s = 0
    for i in range(10):
        s += f.step(i)
    return s


for _ in range(300):
    g = Fragile()
    g.left = 10**6
    run_fragile(g)
try:
    run_fragile(Fragile())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Wrong argument count at a hot method site.
def call_with(p, n):
    return p.shift(n)


for i in range(2000):
    call_with(Point(0, 0), i)
try:
    Point(0, 0).shift()
except TypeError as e:
    print("TypeError", e)
print(call_with(Point(1, 1), 5).x)


# Storing an unbound local into an attribute raises the interpreter's error.
def store_unbound(p, flag):
    if flag:
        v = 1
    p.x = v
    return p.x


for _ in range(2000):
    store_unbound(Point(0, 0), True)
try:
    store_unbound(Point(0, 0), False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


# Deep recursion through method calls.
class Node:
    def __init__(self, depth):
        self.depth = depth

    def down(self, n):
        return self.down(n + 1)


try:
    Node(0).down(0)
except RecursionError as e:
    print("RecursionError", e)
