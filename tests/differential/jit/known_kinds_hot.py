# Hot loops whose registers compiled code knows to hold numbers (no reference to take or
# release): moves and branches on known ints and floats, temporaries that held objects in
# the interpreter when a loop is entered mid-run, and values that change kind mid-run.


class Box:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Box(self.v + (other.v if isinstance(other, Box) else other))

    def __bool__(self):
        return self.v != 0

    def __repr__(self):
        return f"Box({self.v})"


def accumulate(values):
    total = 0
    last = None
    for v in values:
        t = v + 1
        if t:
            total = total + 1
        last = t
    return total, last


def phases():
    out = []
    for n in range(3):
        out.append(accumulate(list(range(-5, 200))))
    out.append(accumulate([1, 2, Box(3), -1, 4]))
    out.append(accumulate(list(range(300))))
    out.append(accumulate([Box(-1), 5, 2.5, -1.0, True]))
    out.append(accumulate([10**20, -1, 2]))
    print("phases", out)


def hailstone(limit):
    # Temporaries of known kinds overwritten on every pass of a nested loop.
    total = 0
    best = (0, 0)
    for start in range(1, limit):
        v = start
        length = 0
        while v > 1:
            odd = v & 1
            if odd:
                v = v * 3 + 1
            else:
                v = v >> 1
            length = length + 1
        total = total + length
        if length > best[0]:
            best = (length, start)
    print("hailstone", limit, total, best)


def overflow(n):
    x = 1
    k = 0
    while k < n:
        x = x * 3 + 1
        k += 1
    y = x
    if y:
        k += 1
    print("overflow", n, x % 1000003, k)


def entered_mid_loop(n):
    # Temporaries hold strings and objects before the loop; the loop turns hot.
    label = "item" + str(n)
    box = Box(n) + 1
    i = 0
    acc = 0
    while i < n:
        acc = acc + i * 2
        i += 1
    print("mid-loop", label, box, acc)


def swaps(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
        if i == n // 2:
            a, b = Box(1), 0
            a, b = b, 1
    print("swaps", a % 1000, b % 1000)


def truth(n):
    hits = 0
    for i in range(n):
        x = i * 0.5 - 10.0
        if x:
            hits += 1
        y = i - 100
        if y:
            hits += 2
    nan = float("nan")
    for i in range(n):
        x = nan if i % 7 == 0 else i - 3.0
        if x:
            hits += 1
        z = -0.0 if i % 5 == 0 else 0.0
        if z:
            hits += 100
    print("truth", hits)


def kinds_change(n):
    acc = []
    for i in range(n):
        v = i if i % 400 else str(i)
        w = v + v
        if w:
            acc.append(w if isinstance(w, str) else w % 7)
    print("kinds", len(acc), acc[:3], [a for a in acc if isinstance(a, str)][:4])


phases()
hailstone(3000)
for n in (10, 100, 2000):
    overflow(n)
for n in (5, 5000, 50000):
    entered_mid_loop(n)
swaps(300)
truth(2000)
kinds_change(2000)
