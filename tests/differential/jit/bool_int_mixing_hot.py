# bool/int mixing in arithmetic and comparisons, identity checks with None
# and small ints, all inside hot functions.


def add(a, b):
    return a + b


def eq(a, b):
    return a == b


def ident(a, b):
    return a is b


t = 0
for i in range(3000):
    t = add(t, i % 3 == 0)
print(t)
b = True
for i in range(1000):
    b = add(b, True)
print(b, type(b).__name__)
print(add(True, True), add(True, 1.5), add(False, 2 ** 64), type(add(True, False)).__name__)
print(True * 3, True - False, -True, ~True, ~False, True // 1, True / 2, True ** 10, 2 ** True)
print(True & 1, True | 2, True ^ True, type(True ^ True).__name__, type(True & 1).__name__, True << 5)
print(divmod(True, 2), abs(True), int(True), float(True), hash(True) == hash(1))

for x in (1, True, 1.0, 0, False, 0.0, 2, None, "1"):
    print(repr(x), eq(x, True), eq(x, 1), eq(x, False), x == None, x != True)

# comparisons
print(True > False, True >= 1, False < 0.5, True < 2, sorted([True, 0, False, 2, 1, -1]))
print(max(True, 0), min(False, 0), max(1, True), sum([True] * 10), sum([True, 2.5]))

# dict keys collapse True/1/1.0
d = {}
for i in range(1000):
    k = (True, 1, 1.0)[i % 3]
    d[k] = d.get(k, 0) + 1
print(d)
s = {0, False, 0.0, 1, True}
print(len(s), sorted(s))

# identity with None and small ints in a hot loop
ZERO = 0
FIVE = 5
TWO = 2
vals = [None, 0, 1, -5, 256, None, True, False, 0.0, ""]
counts = [0, 0, 0, 0]
for i in range(3000):
    v = vals[i % len(vals)]
    if v is None:
        counts[0] += 1
    if v is not None:
        counts[1] += 1
    if ident(v, True):
        counts[2] += 1
    if ident(v, False) or v is ZERO:
        counts[3] += 1
print(counts)
n = None
print(n is None, n is not None, None is None, [n is None for n in (None, 0, False)])
small = 5
print(small is FIVE, ident(small, 5), ZERO is ZERO, ident(True, 1 == 1), ident(None, print("side")))

# bool results used as indexes and counters in a hot loop
table = ["no", "yes"]
out = []
for i in range(2000):
    out.append(table[i % 7 == 0])
print(out.count("yes"), out[:8])
total = 0
for i in range(2000):
    total += (i > 1000) + (i % 2 == 0) * 2 - (i < 10)
print(total)
print(isinstance(True, int), type(True) is bool, bool(2), bool(-0.0), bool(0.0), str(True), repr(False), f"{True}", f"{True:d}", "%d %s %r" % (True, False, True))
print(True + True == 2, add(True, True) is TWO, int.__add__(True, True), bool.__add__(True, True) if hasattr(bool, "__add__") else "-")
