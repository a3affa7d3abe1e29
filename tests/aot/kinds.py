# A program whose hot functions see the operand, item and attribute kinds named on the
# command line, for profiles recorded on one input and used on another.
import sys


class Box:
    def __init__(self, v):
        self.v = v


def combine(a, b):
    return a * b + a


def scaled(xs, box):
    # Item and attribute loads: their kinds come from the input too.
    total = xs[0]
    for i in range(1, len(xs)):
        total = total + xs[i] * box.v
    return total


def lin(x, y):
    # Small enough to be inlined where it is called by name.
    return x * 3 + x * y


kind = sys.argv[1] if len(sys.argv) > 1 else "int"
pairs = {
    "int": (3, 4),
    "float": (1.5, 2.5),
    "str": ("ab", 2),
    "big": (2**62, 2**62),
}
a, b = pairs[kind]
items = [a, a, a, a, a]
box = Box(b)
out = s = t = None
for i in range(3000):
    out = combine(a, b)
    s = scaled(items, box)
    t = lin(a, b)
print(kind, out, s, t)
