# Float edge cases flowing through hot loops: nan, inf, -0.0, comparisons
# with nan, division by zero, int/float mixing; results printed with repr.
import math

nan = float("nan")
inf = float("inf")
ninf = float("-inf")


def cmp_all(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


# warm with ordinary floats and ints
t = 0.0
for i in range(3000):
    t = add(t, mul(i, 0.001))
    cmp_all(i, 1.5)
print(repr(t))

specials = [nan, inf, ninf, 0.0, -0.0, 1.0, -1.0, 1e308, 5e-324, 2 ** 53 + 1, 0, True]
for a in specials:
    print(repr(a), [cmp_all(a, b) for b in (nan, inf, 0.0, -0.0, 1)])

for a in specials:
    row = []
    for b in (nan, inf, ninf, -0.0, 2.0, 1e308):
        row.append(repr(add(a, b)) + "/" + repr(mul(a, b)))
    print(repr(a), " ".join(row))

# nan in a hot comparison loop: counting must never see nan as ordered
vals = [1.0, nan, -2.5, inf, nan, -0.0, 0.0, ninf] * 300
lt = eq = ne = 0
for v in vals:
    if v < 0.5:
        lt += 1
    if v == v:
        eq += 1
    if v != v:
        ne += 1
print(lt, eq, ne)

# max/min and sorting with -0.0 and inf (nan avoided: order-dependent)
print(repr(max(-0.0, 0.0)), repr(min(0.0, -0.0)), repr(max([ninf, -1e308, -0.0])))
print(sorted([3.5, -0.0, inf, -2, 0.0, ninf, 1]))

# -0.0 propagation
z = -0.0
outs = []
for i in range(1000):
    z = z * 1.0
    if i % 250 == 0:
        outs.append(repr(z))
print(outs, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(0.0 * -1), repr(-0.0 * -1))
print(repr(abs(-0.0)), repr(-(0.0)), repr(round(-0.4)), repr(math.copysign(1.0, -0.0)))


# division by zero caught inside a hot loop
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div0"


res = []
for i in range(2000):
    r = safe_div(1.0, (i % 4) - 0.0)
    if i < 8:
        res.append(r)
print(res)
for a, b in ((0.0, 0.0), (-1.0, -0.0), (inf, 0), (nan, 0.0), (1, 0)):
    print(repr(a), repr(b), safe_div(a, b))
print(repr(inf / inf), repr(inf - inf), repr(0 * inf), repr(inf * -1), repr(1 / inf), repr(-1 / inf))

# overflow to inf in a hot multiply loop and OverflowError from **
x = 1.5
steps = 0
while not math.isinf(x):
    x *= 1.5
    steps += 1
print("steps to inf", steps, repr(x), repr(-x))
try:
    y = 1.5 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(2 ** 1100)
except OverflowError as e:
    print("OverflowError:", e)
print(repr(2.0 ** -1100), repr(1e-320 / 10), repr(5e-324 / 2))

# int/float mixing: exactness of comparisons with big ints
big = 2 ** 53
hits = 0
for i in range(2000):
    f = float(big + i)
    if f == big + i:
        hits += 1
print("exact equal", hits)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 2 ** 64 == 2.0 ** 64, 10 ** 400 > inf, -10 ** 400 < ninf)
print(repr(7 / 2), repr(7 // 2.0), repr(-7 // 2.0), repr(-7 % 2.0), repr(7.5 % -2), repr(divmod(-7.5, 2)))
print(repr(1 / 3), repr(2 / 3 * 3), repr(0.1 * 3), repr(1e16 + 1), repr(1e22), repr(1e-7), repr(123456789.0 * 1000))
print(math.isnan(nan * 0), math.isnan(inf * 0), math.isinf(-inf), int(-0.0), int(2.9), int(-2.9))
for v in (nan, inf, ninf):
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)))
print(round(2.5), round(3.5), round(-2.5), repr(round(2.675, 2)), repr(round(1e300, -300)))
