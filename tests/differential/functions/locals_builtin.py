# locals() and vars(): the running code's namespace, as CPython 3.12 gives it.


def basic(a, b=2, *args, **kw):
    c = 3
    l1 = locals()
    d = 4
    l2 = locals()
    print(l1 is l2, sorted(l1), len(l2))
    del c
    print(list(locals()))
    return l1


r = basic(1, 5, 6, k=7)
print(sorted(r.items(), key=lambda kv: kv[0])[:3])


def with_cells(x):
    total = 0
    y = x * 2

    def inner():
        return total + y

    z = inner()
    print(list(locals()))
    print(z, locals()["y"], locals()["total"])

    def counter():
        nonlocal total
        step = 1
        total += step
        print(sorted(locals().items()))
        return total

    counter()
    print(locals()["total"])


with_cells(10)


def unbound_later(flag):
    if flag:
        value = "set"
    print(locals())
    try:
        raise ValueError("boom")
    except ValueError as err:
        print(type(locals()["err"]).__name__)
    print("err" in locals())


unbound_later(True)
unbound_later(False)


def formatting(name, count):
    unit = "items" if count != 1 else "item"
    print("%(name)s has %(count)d %(unit)s" % locals())
    print("{name}: {count} {unit}".format(**locals()))
    print(vars() is locals(), sorted(vars()))


formatting("box", 3)
formatting("bag", 1)


def mutate():
    x = 1
    ns = locals()
    ns["x"] = 99
    ns["new"] = 5
    print(x, sorted(locals()))


mutate()


def gen(n):
    for i in range(n):
        yield sorted(locals().items())


for item in gen(2):
    print(item)

lam = lambda p, q=3: sorted(locals().items())
print(lam(1))


def hot(n):
    acc = 0
    for i in range(n):
        acc += len(locals())
    return acc


print(hot(3000))


class Config:
    debug = False
    level = 3
    names = sorted(locals())
    snapshot = dict(vars())
    print(names, snapshot["level"])


print(Config.names, "snapshot" in Config.snapshot)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(vars(Point(1, 2)))
print(locals() is globals(), vars() is globals())
print("basic" in locals(), "Config" in vars())


def shadow():
    def locals():
        return "my locals"

    return locals()


print(shadow())

try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)


def first_reference_order():
    # CPython orders locals by first reference, not first binding.
    for k in range(3):
        if k > 1:
            print(late)
        early = 1
        late = 2
    squares = [i * i for i in range(3)]
    pairs = {c: n for n, c in enumerate("ab")}
    return locals()


print(first_reference_order())


class WithSuper:
    def method(self):
        super().__init__()
        return sorted(locals())


print(WithSuper().method())
