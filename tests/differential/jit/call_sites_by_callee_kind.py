# Call sites are compiled for the kinds of callees they saw: builtin functions and types,
# plain classes, subclasses, exception classes, Python functions; each must keep working
# when the site later sees another kind.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    def __init__(self, v):
        self.v = v


class Tagged(Box):
    def __init__(self, v):
        super().__init__(v)
        self.tag = "t"


class Stack(Exception):
    def top(self):
        return self.args[-1]


def twice(x):
    return 2 * x


def call(f, a):
    return f(a)


def main():
    n = 0
    for i in range(4000):
        n += len(range(i % 5))
        n += abs(-i) % 3
    print("builtins", n)

    pts = [Point(i, -i) for i in range(4000)]
    print("points", sum(p.x - p.y for p in pts))

    st = [Stack(i, i + 1) for i in range(2000)]
    print("stacks", sum(s.top() for s in st))

    total = 0
    for i in range(4000):
        total += call(twice, i)
    print("functions", total)

    # A site that saw only builtins now gets a Python function, then a class.
    r = []
    for f in [abs] * 3000 + [twice, Box, int, Stack, Tagged, Box]:
        v = call(f, -7)
        if f is not abs:
            r.append(type(v).__name__)
    print(r)


main()
