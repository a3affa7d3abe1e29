# f-strings and `del x[k]` inside hot functions (compiled frameless): conversions, nested
# specs, many parts, errors from __format__ and from deletion with their tracebacks.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "bad":
            raise ValueError("bad spec for Money")
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __repr__(self):
        return f"Money({self.cents!r})"


def tag(name, city, qty, width):
    return f"[{name.upper()}@{city.lower()}:{qty:02d}|{name!r:>{width}}|{qty!s}|{city!a}|{Money(qty * 7)}|{Money(qty):>9.1f}]"


for i in range(3000):
    s = tag("ana", "Oslo", i % 50, 8)
print(s)
print(tag("é", "Zürich", 3, 4))


def many(a, b, c):
    return f"{a}-{b}-{c}-{a}{b}{c}-{a!r}{b!r}{c!r}-{a}{b}{c}{a}{b}{c}{a}{b}{c}{a}{b}{c}{a}{b}{c}{a}{b}{c}{a}{b}{c}"


for i in range(2000):
    s = many(i, "x", 2.5)
print(s)


def trim(items, n):
    for _ in range(3):
        del items[:n]
        del items[-1]
    d = {k: k * k for k in range(10)}
    for k in range(0, 10, 3):
        del d[k]
    return items, sorted(d)


for i in range(2000):
    r = trim(list(range(20)), 2)
print(r)


def bad_delete(d, keys):
    for k in keys:
        del d[k]
    return d


for i in range(2000):
    bad_delete({1: 2, 3: 4}, [1, 3])
try:
    bad_delete({1: 2}, [1, 5])
except KeyError as e:
    print("KeyError", e)


def fmt_error(m):
    return f"value: {m:bad}"


for i in range(2000):
    try:
        fmt_error(Money(i))
    except ValueError as e:
        last = str(e)
print(last)
fmt_error(Money(5))
