# Loads of plain class data through instances (`self.name` where the class, or a base, has
# `name = ...`): compiled code and the interpreter read the class namespace's entry while the
# class is unchanged. Rebinding, shadowing, deleting and overriding mid-loop must show
# exactly what CPython shows.


class Base:
    kind = "base"
    limit = 10
    count = 0


class Shape(Base):
    sides = 4

    def __init__(self, w):
        self.w = w
        Shape.count += 1


class Wide:
    label = "wide"

    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


def read_loop(objs, rounds):
    out = []
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.sides + o.limit + len(o.kind)
        if r == 300:
            Shape.sides = 5  # plain data rebound: same version
        if r == 600:
            objs[0].sides = 100  # an instance shadows the class attribute
        if r == 900:
            del objs[0].sides
        if r == 1200:
            Base.limit = 20  # rebound on the base
        if r == 1500:
            Shape.limit = 1  # the subclass now overrides it
        if r == 1800:
            del Shape.limit
        if r == 2100:
            Shape.kind = lambda self: "m"  # no longer plain data
            out.append(objs[1].kind())
            del Shape.kind
        out.append(total) if r % 300 == 299 else None
    return out, total


shapes = [Shape(i) for i in range(3)]
print(read_loop(shapes, 2400))
print(Shape.count, Shape.sides, Base.limit, shapes[0].sides, shapes[0].kind)

# Instances with 12 and 20 attributes (compiled code scans small dicts for the name).
for n in (12, 20):
    Wide.label = "wide"
    w = Wide(n)
    t = 0
    for i in range(3000):
        t += len(w.label) + w.a11
        if i == 1000:
            Wide.label = "narrow!"
        if i == 2000:
            w.label = "x"
    print(n, t, w.label, Wide.label)


class Counter:
    hits = 0

    def bump(self):
        type(self).hits += 1
        return self.hits


c = Counter()
s = 0
for i in range(5000):
    s += c.bump()
print(s, Counter.hits, c.hits)


class Gone:
    x = 1


g = Gone()
vals = []
for i in range(2000):
    if i == 1500:
        del Gone.x
    try:
        vals.append(g.x)
    except AttributeError as e:
        vals.append(str(e))
        break
print(len(vals), vals[-2:])
