# Special methods of user classes (__getitem__, __len__, __iter__/__next__, __bool__,
# __contains__, __call__, __index__) called from hot loops, then rebound, deleted,
# inherited and replaced by other kinds of attributes mid-loop.


class Grid:
    def __init__(self, n):
        self.n = n
        self.cells = list(range(n * n))

    def __getitem__(self, ij):
        return self.cells[ij[0] * self.n + ij[1]]

    def __len__(self):
        return self.n


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Bag:
    def __init__(self, items):
        self.items = set(items)

    def __contains__(self, x):
        return x in self.items


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class SubGrid(Grid):
    pass


def main():
    g = Grid(30)
    s = 0
    for i in range(len(g)):
        for j in range(30):
            s += g[i, j]
    print("grid", s)

    t = 0
    for x in Countdown(5000):
        t += x
    print("countdown", t, list(Countdown(4)))

    flags = [Flag(i % 3 == 0) for i in range(3000)]
    print("flags", sum(1 for f in flags if f), sum(1 for f in flags if not f))

    bag = Bag(range(0, 3000, 7))
    print("bag", sum(1 for i in range(3000) if i in bag))

    add = Adder(5)
    print("adder", sum(add(i) for i in range(3000)))

    data = list(range(100))
    print("index", sum(data[Idx(i % 100)] for i in range(3000)), hex(Idx(255)), range(10)[Idx(3)])

    answers = []
    for i in range(3000):
        if i == 1000:
            Bag.__contains__ = lambda self, x: x == 3
        if i == 2000:
            Bag.__contains__ = None
        try:
            answers.append(3 in bag)
        except TypeError as e:
            answers.append(str(e))
        if i == 2500:
            Adder.__call__ = lambda self, x, y=0: x * self.k + y
        if i == 2800:
            del Adder.__call__
        try:
            answers.append(add(i))
        except TypeError as e:
            answers.append(str(e))
    print("rebound", answers[::499], answers[-2:])

    sg = SubGrid(4)
    out = []
    for i in range(3000):
        if i == 1000:
            Grid.__getitem__ = lambda self, ij: -1
        if i == 1500:
            SubGrid.__getitem__ = lambda self, ij: "sub"
        if i == 2000:
            del SubGrid.__getitem__
        if i == 2500:
            del Grid.__getitem__
        try:
            v = sg[0, 1]
        except TypeError as e:
            v = str(e)
        if i % 500 == 499 or i % 500 == 0:
            out.append(v)
    print("getitem", out)

    lens = []
    for i in range(3000):
        if i == 1000:
            Grid.__len__ = lambda self: 99
        if i == 2000:
            Grid.__len__ = staticmethod(lambda: 7)
        if i % 1000 == 999:
            lens.append(len(sg))
    print("len", lens)
    try:
        Grid.__len__ = lambda self: -1
        len(sg)
    except ValueError as e:
        print("ValueError:", e)


main()
