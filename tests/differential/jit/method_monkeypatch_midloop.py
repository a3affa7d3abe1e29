# Methods replaced on the class in the middle of a hot loop; class
# attributes changed mid-loop; an instance attribute shadowing a method.


class Shape:
    sides = 4
    label = "shape"

    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w

    def describe(self):
        return "%s:%d" % (self.label, self.sides)


def tri_area(self):
    return self.w * self.w // 2


def float_area(self):
    return self.w * 0.5


def hot(objs, n):
    out = []
    for i in range(n):
        o = objs[i % len(objs)]
        out.append(o.area())
        if i == 700:
            Shape.area = tri_area
        elif i == 1400:
            Shape.area = float_area
        elif i == 2100:
            del Shape.area
            Shape.area = lambda self: "lam%d" % self.w
    return out


objs = [Shape(w) for w in range(1, 8)]
r = hot(objs, 2800)
print(r[698:703])
print(r[1398:1403])
print(r[2098:2103])
print(r[-3:])


def describe_all(objs, n):
    seen = []
    counts = {}
    for i in range(n):
        d = objs[i % len(objs)].describe()
        counts[d] = counts.get(d, 0) + 1
        if len(seen) < 6 and (not seen or seen[-1][1] != d):
            seen.append((i, d))
        if i == 500:
            Shape.sides = 3
        elif i == 1000:
            Shape.label = "tri"
        elif i == 1500:
            objs[0].label = "own"
    return seen, counts


print(describe_all(objs, 2000))


class Sub(Shape):
    pass


s = Sub(3)
vals = []
for i in range(1000):
    vals.append(s.describe())
    if i == 300:
        Sub.describe = lambda self: "sub"
    elif i == 600:
        del Sub.describe
print(vals[299:303], vals[599:603])

# an instance attribute that shadows a (non-data) method
c = Shape(4)
res = []
for i in range(900):
    res.append(c.describe())
    if i == 400:
        c.describe = lambda: "instance-level"
    elif i == 800:
        del c.describe
print(res[399:403], res[799:803])

# a property added to the class mid-loop overrides the instance attribute
class Box:
    def __init__(self):
        self.v = 1


b = Box()
got = []
for i in range(600):
    got.append(b.v)
    if i == 200:
        Box.v = property(lambda self: 99)
    elif i == 400:
        del Box.v
print(got[199:203], got[399:403])

# patching a dunder mid-loop
class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return Num(self.n + o.n)

    def __repr__(self):
        return "Num(%r)" % (self.n,)


a = Num(0)
one = Num(1)
for i in range(1000):
    a = a + one
    if i == 499:
        Num.__add__ = lambda self, o: Num(self.n - o.n)
print(a)
Num.__repr__ = lambda self: "<%s>" % self.n
print(a, [Num(2)])
