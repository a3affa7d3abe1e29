# Top-level functions called by their global name from hot loops (inlined by the JIT, and
# by AOT builds with a profile, guarded by the call site's cache): a name rebound from
# inside a function, a function defined twice, a decorated one, a function defined in a
# loop, and a class taking over a function's name must all call what the name holds.


def scale(x, y):
    return x * 3 + y


def twice(x):
    return x * 2


def twice(x):  # noqa: F811 (defined twice on purpose)
    return x * 2 + 1


def traced(f):
    def wrapper(*args):
        return f(*args) + 1000
    return wrapper


@traced
def deco(x):
    return x - 1


for k in range(3):
    def looped(x, y):
        return x + y * 2


def run(n):
    a = b = c = d = 0
    for i in range(n):
        a = scale(i % 100, a) % 100003
        b += twice(i % 7)
        c += deco(i % 5)
        d = looped(d, i) % 9973
    return a, b, c, d


def rebind():
    global scale

    def other(x, y):
        return x - y

    scale = other


class Scale:
    def __init__(self, x, y):
        self.v = x * 3 + y

    def __mod__(self, m):
        return self.v % m


print(run(3000))
rebind()
print(run(3000))
scale = Scale
print(run(300))
scale = lambda x, y: x * 3 + y  # noqa: E731
print(run(3000))
