# Compiled code that speculates on number kinds deoptimizes when an operand is something
# else: the interpreter must resume with every local, reference and exception exactly right.


def scale(xs, k):
    # Float arithmetic on list items; `k` later becomes an int, a big int, a str.
    out = []
    total = 0.0
    for x in xs:
        y = x * k + 0.5
        total += y
        out.append(y)
    return total, out


floats = [i * 0.25 for i in range(50)]
for rnd in range(300):
    t, out = scale(floats, 1.5)
print("floats", t, out[:3])
print("ints", scale([1, 2, 3], 2))
print("mixed", scale([1, 2.5, 3], 2))
print("big", scale([1.0, 2.0], 2**70))
try:
    scale([1.0, 2.0], "s")
except TypeError as e:
    print("TypeError", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return Num(self.v * o)

    def __add__(self, o):
        return Num(self.v + o)

    def __radd__(self, o):
        return Num(o + self.v)

    def __repr__(self):
        return "Num(%r)" % (self.v,)


print("objects", scale([Num(1), Num(2)], 3))


def accumulate(n, step):
    # A small-int accumulator that leaves small ints (2**47, then 2**63) mid-loop.
    acc = 0
    i = 0
    while i < n:
        acc = acc + step
        i += 1
    return acc


for _ in range(200):
    accumulate(100, 3)
print("acc", accumulate(1000, 2**40), accumulate(10, 2**62), accumulate(5, -(2**62)))


def compare_all(pairs):
    n = 0
    for a, b in pairs:
        if a < b:
            n += 1
    return n


num_pairs = [(i * 0.5, 10 - i) for i in range(20)]
for _ in range(200):
    compare_all(num_pairs)
print("compare", compare_all(num_pairs), compare_all([(1, 2), (2**80, 1), (3.5, 3)]))
print("strings", compare_all([("a", "b"), ("c", "b")]))
try:
    compare_all([(1, 2), ("x", 3)])
except TypeError as e:
    print("TypeError", e)


def ratio(a, b):
    return a / b + a % 7


for i in range(1, 400):
    ratio(i, i + 1)
print("ratio", ratio(10, 4), ratio(2**65, 3), ratio(7.5, 2))
try:
    ratio(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def flip(n):
    # Deoptimizes on every call once its operand kinds alternate: the code is thrown away
    # and compiled again from the wider feedback.
    s = 0
    for i in range(n):
        s = s + (i if n % 2 else i * 0.5)
    return s


print("flip", sum(flip(k) for k in range(1, 400)))


def depth(n, x):
    if n == 0:
        return x * 2
    return depth(n - 1, x) + 1


for _ in range(300):
    depth(10, 1)
print("depth", depth(10, 1.5), depth(10, 2**60), depth(5, "ab" * 1) if False else depth(3, 2))


def fails_late(xs):
    acc = 0.0
    for x in xs:
        acc = acc + x
    return acc


for _ in range(300):
    fails_late([0.5, 1.5])
print(fails_late([1.0, 2.0, None]))
