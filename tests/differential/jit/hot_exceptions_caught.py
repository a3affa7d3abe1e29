# Hot functions that succeed thousands of times, then raise; the exceptions
# are caught at different depths.


def div(a, b):
    return a // b


def add(a, b):
    return a + b


def lookup(d, k):
    return d[k]


def index(xs, i):
    return xs[i]


def attr(o):
    return o.val


class Obj:
    def __init__(self, v):
        self.val = v


def level3(kind, i):
    if kind == 0:
        return div(100, i)
    if kind == 1:
        return add(i, 1 if i else "x")
    if kind == 2:
        return lookup({1: 2, 3: 4}, i)
    if kind == 3:
        return index([10, 20, 30], i)
    return attr(Obj(i) if i else 42)


def level2(kind, i):
    return level3(kind, i) + 0


def level1(kind, i):
    try:
        return level2(kind, i)
    except (ZeroDivisionError, KeyError) as e:
        return "L1:%s:%s" % (type(e).__name__, e)


# warm every path with successful calls
warm = 0
for i in range(1, 2001):
    warm += div(i * 7, 3)
    warm += add(i, i)
    warm += lookup({1: 2, 3: 4}, 1 + 2 * (i % 2))
    warm += index([10, 20, 30], i % 3)
    warm += attr(Obj(i))
print("warm", warm)

for kind in range(5):
    for i in (1, 0, 3, -4):
        try:
            print(kind, i, level1(kind, i))
        except TypeError as e:
            print(kind, i, "top TypeError:", e)
        except IndexError as e:
            print(kind, i, "top IndexError:", e)
        except AttributeError as e:
            print(kind, i, "top AttributeError:", e)
        except KeyError as e:
            print(kind, i, "top KeyError:", e)

# an exception every N iterations inside the hot loop
caught = {}
total = 0
for i in range(3000):
    try:
        total += 1000 // (i % 7)
    except ZeroDivisionError as e:
        caught[str(e)] = caught.get(str(e), 0) + 1
print(total, caught)

# exceptions that escape the hot function after it has been compiled
def risky(i):
    if i == 2500:
        raise ValueError("bad %d" % i)
    return i * 2


def run():
    s = 0
    for i in range(3000):
        s += risky(i)
    return s


try:
    run()
except ValueError as e:
    print("ValueError:", e, e.args)

# float division and modulo by zero in a hot function
def fdiv(a, b):
    return a / b


def fmod(a, b):
    return a % b


res = 0.0
for i in range(1, 1500):
    res += fdiv(i, 2.0) + fmod(i, 7)
print(res)
for a, b in ((1.0, 0.0), (1, 0), (2 ** 70, 0), (0.0, 0)):
    for f in (fdiv, fmod, div):
        try:
            print(f.__name__, f(a, b))
        except ZeroDivisionError as e:
            print(f.__name__, "ZeroDivisionError:", e)

# re-raise with a new exception chained, and exception in finally
def chain(i):
    try:
        return {}[i]
    except KeyError as e:
        raise RuntimeError("wrapped %r" % (i,)) from e


for k in ("a", 5):
    try:
        chain(k)
    except RuntimeError as e:
        print("RuntimeError:", e, "cause:", type(e.__cause__).__name__, e.__cause__)

# unpacking errors in a hot loop
pairs = [(1, 2)] * 1000 + [(1, 2, 3)]
s = 0
try:
    for a, b in pairs:
        s += a + b
except ValueError as e:
    print(s, "ValueError:", e)
