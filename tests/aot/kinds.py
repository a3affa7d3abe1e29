# A program whose hot function sees the operand kinds named on the command line, for
# profiles recorded on one input and used on another.
import sys


def combine(a, b):
    return a * b + a


kind = sys.argv[1] if len(sys.argv) > 1 else "int"
pairs = {
    "int": (3, 4),
    "float": (1.5, 2.5),
    "str": ("ab", 2),
    "big": (2**62, 2**62),
}
a, b = pairs[kind]
out = None
for i in range(3000):
    out = combine(a, b)
print(kind, out)
