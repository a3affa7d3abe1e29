# Inline list and tuple indexing in compiled code: negative and out-of-range
# indexes, bool and big-int indexes, other sequences, tuples assigned to, lists that
# grow and shrink inside the loop, and stores replacing objects.


class Noisy:
    def __init__(self, name):
        self.name = name


def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v


data = list(range(10))
tup = tuple(range(100, 110))
total = 0
for r in range(300):
    for i in range(-10, 10):
        total += get(data, i) + get(tup, i)
print(total)

for seq in (data, tup, "abcdef", range(20), {0: "zero", -1: "m1", 3: "three"}):
    for i in (0, -1, 3, True, False):
        try:
            print(type(seq).__name__, repr(i), get(seq, i))
        except (IndexError, KeyError, TypeError) as e:
            print(type(seq).__name__, repr(i), type(e).__name__, e)

for i in (10, -11, 2**70, -2**70, 1.0, "x", None):
    for seq in (data, tup, []):
        try:
            print(repr(i), get(seq, i))
        except (IndexError, TypeError) as e:
            print(repr(i), type(e).__name__, e)

grow = []
for i in range(500):
    grow.append(i)
    put(grow, -1, get(grow, len(grow) - 1) * 2)
    if i % 7 == 0 and len(grow) > 1:
        grow.pop(0)
        put(grow, 0, -i)
print(len(grow), grow[:5], grow[-5:])

for target in (tup, "abc"):
    try:
        put(target, 0, 1)
    except TypeError as e:
        print("TypeError", e)
try:
    put([1, 2], 5, 0)
except IndexError as e:
    print("IndexError", e)

objs = [Noisy("a"), Noisy("b"), Noisy("c")]
for k in range(3):
    put(objs, k, Noisy("n%d" % k))
print("replaced")
put(objs, -1, None)
print([o.name if o is not None else None for o in objs])
del objs
print("end")
