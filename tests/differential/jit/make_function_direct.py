# Functions, lambdas, closures and generator expressions made inside hot functions
# (compiled frameless): defaults, keyword-only defaults, cells shared with the maker,
# docstrings, names, and errors raised inside what was made.


def adders(n):
    out = []
    for i in range(n):
        def add(x, i=i, *, scale=2):
            "adds i, scaled"
            return (x + i) * scale
        out.append(add)
    return out


for _ in range(300):
    fs = adders(5)
print([f(1) for f in fs], fs[2](1, scale=10), fs[0].__name__, fs[0].__qualname__, fs[0].__doc__, fs[0].__defaults__, fs[0].__kwdefaults__)


def counter():
    count = 0

    def bump(k=1):
        nonlocal count
        count += k
        return count

    def peek():
        return count

    bump()
    bump(5)
    return bump, peek


for _ in range(500):
    b, p = counter()
b(10)
print(p(), b.__qualname__)


def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a


for i in range(2000):
    r = curry3(lambda x, y, z: x * 100 + y * 10 + z)(i % 10)(2)(3)
print(r)


def gens(rows):
    total = 0
    for row in rows:
        total += sum(v * 2 for v in row if v % 2)
        total += max((lambda q: q + 1)(v) for v in row)
    return total


for _ in range(300):
    t = gens([[1, 2, 3], [4, 5, 6, 7]])
print(t)


def sorted_by(items, key_index):
    return sorted(items, key=lambda t: (t[key_index], t))


for _ in range(500):
    s = sorted_by([(3, "c"), (1, "z"), (2, "a")], 1)
print(s)


def failing(n):
    late_bound = [lambda: k for k in range(n)]
    fs = [lambda k=k: 1 // (k - 3) for k in range(n)]
    return [f() for f in late_bound] + [f() for f in fs]


for _ in range(1000):
    try:
        failing(5)
    except ZeroDivisionError as e:
        msg = str(e)
print(msg)


def late(k):
    g = (1 // (x - k) for x in range(3))
    return list(g)


for _ in range(1000):
    late(5)
late(1)
