# Attributes added to instances in hot code: appended to the instance dict when it shows
# the name is new, replaced when the name is already there (set twice, set through
# __dict__, names whose hashes share low bits), and stores after deletions, beyond the
# small-dict size, into a dict being iterated, or into a shared __dict__ view.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.x = x + y  # already there: replaced, not added again


class Colliding:
    # n0, n46 and n107 hash to the same low six bits under PYTHONHASHSEED=0, so their
    # stores cannot be shown new by the dict's hash bits alone.
    def __init__(self, v):
        self.n0 = v
        self.n46 = v + 1
        self.n107 = v + 2
        self.n46 = v + 3


class Wide:
    def __init__(self, v):
        self.a = v
        self.b = v
        self.c = v
        self.d = v
        self.e = v
        self.f = v
        self.g = v
        self.h = v
        self.i = v
        self.j = v
        self.k = v


class Preset:
    def __init__(self, v, preset):
        if preset:
            vars(self)["x"] = "preset"
        self.x = v


class Holes:
    def __init__(self, v):
        self.a = v
        self.b = v
        del self.a
        self.c = v
        self.a = v + 1


class Ordered:
    def __init__(self, v, flip):
        if flip:
            self.q = v
            self.p = v
        else:
            self.p = v
            self.q = v


def main():
    total = 0
    for i in range(3000):
        p = Point(i, 1)
        total += p.x + p.y + len(vars(p))
    print("points", total, vars(Point(2, 3)))

    c = None
    for i in range(3000):
        c = Colliding(i)
    print("colliding", vars(c))

    w = None
    for i in range(3000):
        w = Wide(i)
    print("wide", len(vars(w)), w.k, list(vars(w))[-3:])

    seen = []
    for i in range(3000):
        pr = Preset(i, i % 2 == 0)
        if i >= 2996:
            seen.append(vars(pr))
    print("preset", seen)

    h = None
    for i in range(3000):
        h = Holes(i)
    print("holes", vars(h))

    orders = set()
    for i in range(3000):
        orders.add(tuple(vars(Ordered(i, i % 3 == 0))))
    print("orders", sorted(orders))

    d = Point(0, 0)
    view = d.__dict__
    for i in range(3000):
        setattr(d, "extra", i)
    d.late = 1
    print("view", view)

    it = Point(1, 2)
    try:
        for k in it.__dict__:
            it.fresh = k
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("after", vars(it))


main()
