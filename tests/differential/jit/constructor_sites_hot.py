# Calls of classes from hot code: compiled code creates plain instances itself and calls
# their __init__ directly while the class stays unchanged, and must fall back exactly when
# anything about construction changes.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_points(n):
    pts = []
    for i in range(n):
        pts.append(Point(i, i * 2))
    return pts


pts = make_points(3000)
print(len(pts), pts[-1].x, pts[-1].y, sorted(vars(pts[7]).items()))


class Grows:
    def __init__(self, n):
        self.a = n
        if n > 1500:
            self.b = n
            self.c = -n
        if n > 2500:
            self.d = 0


def make_grows(n):
    return [Grows(i) for i in range(n)]


gs = make_grows(3000)
print(list(vars(gs[10])), list(vars(gs[2000])), list(vars(gs[2999])), vars(gs[2999]))


class Odd:
    def __init__(self, v):
        self.v = v
        if v == 2500:
            return v


def make_odd(n):
    out = []
    for i in range(n):
        try:
            out.append(Odd(i).v)
        except TypeError as e:
            print("TypeError at", i, e)
    return len(out)


print(make_odd(3000))


class Picky:
    def __init__(self, v):
        if v % 1000 == 999:
            raise ValueError("bad value %d" % v)
        self.v = v


def make_picky(n):
    made = 0
    for i in range(n):
        try:
            Picky(i)
            made += 1
        except ValueError as e:
            print("ValueError", e, e.__traceback__ is not None)
    return made


print(make_picky(3000))


class Box:
    def __init__(self, v):
        self.v = v


def other_init(self, v):
    self.v = -v
    self.tag = "other"


def rebind_mid_loop(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            Box.__init__ = other_init
        b = Box(i)
        total += b.v
    return total, vars(b)


print(rebind_mid_loop(3000))


class Made:
    def __init__(self, v):
        self.v = v


def new_mid_loop(n):
    kinds = []
    for i in range(n):
        if i == 2000:
            Made.__new__ = staticmethod(lambda cls, v: "not a Made %d" % v)
        m = Made(i)
        if i % 1000 == 0 or i == 2000:
            kinds.append(type(m).__name__)
    return kinds, m


print(new_mid_loop(3000))


class Base:
    def __init__(self, name):
        self.name = name
        self.kind = type(self).__name__


class Derived(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra


class Plain(Base):
    pass


def cycle(n):
    out = []
    makers = [Derived, Plain, lambda name, extra=None: ("func", name), Base]
    for i in range(n):
        m = makers[i % 4]
        if m is Derived:
            out.append(m("d%d" % i, i).extra)
        else:
            r = m("x%d" % i)
            out.append(r if isinstance(r, tuple) else r.kind)
    return out[:8], len(out)


print(cycle(3000))


class Defaults:
    def __init__(self, a, b=10, *, c=20):
        self.total = a + b + c


def with_defaults(n):
    s = 0
    for i in range(n):
        s += Defaults(i).total + Defaults(i, 1).total + Defaults(i, c=0).total
    return s


print(with_defaults(2000))


class Err(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


def make_errs(n):
    return sum(Err(i).code for i in range(n)), str(Err(5)), repr(Err(6))


print(make_errs(2000))


class Node:
    def __init__(self, depth):
        self.depth = depth
        self.child = Node(depth - 1) if depth > 0 else None


def build(n):
    total = 0
    for i in range(n):
        node = Node(i % 20)
        while node is not None:
            total += node.depth
            node = node.child
    return total


print(build(1500))


def too_deep():
    try:
        Node(100000)
    except RecursionError as e:
        return "RecursionError", str(e)[:40]


print(too_deep())


class Arity:
    def __init__(self, a, b):
        self.s = a + b


def bad_arity(n):
    for i in range(n):
        Arity(i, i)
    Arity(1)


bad_arity(3000)
