# Inline int // % << >> and mixed int/float arithmetic and comparisons in compiled
# code, at the edges: zero divisors, negative operands, shifts past 48 and 64 bits,
# results leaving the small-int range, big-int operands.
def f(a, b):
    return a // b, a % b, a << (b & 63) if b >= 0 else 0, a >> (b & 63) if b >= 0 else 0

def g(a, b):
    return a / b, a + 0.5, b * 1.5 - a, a < b + 0.5, 2 ** 52 + a / 3

vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 47, 48, 63, 64, 100, -100, 2**46, -2**46, 2**47 - 1, -2**47, 2**47, 2**62, -2**63, 2**64 + 5]
out = []
for _ in range(3):
    for a in vals:
        for b in vals:
            try:
                out.append(f(a, b))
            except ZeroDivisionError as e:
                out.append(("zde", str(e)))
            except ValueError as e:
                out.append(("ve", str(e)))
            try:
                out.append(g(a, b))
            except ZeroDivisionError as e:
                out.append(("zde", str(e)))
            except OverflowError as e:
                out.append(("of", str(e)))
for x in out[:5]: print(x)
print(len(out), hash(str(out)) % 1000003)
def h(a, n):
    return a << n, a >> n, -a << n
for a in [1, 3, -5, 2**40]:
    for n in [0, 1, 7, 8, 40, 47, 48, 62, 63, 64, 65, 200]:
        print(a, n, h(a, n))


def truthy_count(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
        if x & 1:
            n += 10
    return n


print(truthy_count(list(range(-50, 50)) + [2**47, -2**47, 2**48, 0, 0]))
print(truthy_count([True, False, 0, 1]))


def arith(a, b):
    # the int fast path overflows: the result must stay an exact int, never a float
    return a * b, a + b, a - b, a / b


for a, b in [(2**46, 4), (2**47 - 1, 2**47 - 1), (-2**47, 3), (3, 5), (2**40, 2**30), (7.5, 2)]:
    print(arith(a, b))


def fmix(a, b):
    return a + b, a * b, a - b, a < b


# warmed on floats only, then called with ints: the results must be ints again
for i in range(3000):
    fmix(1.5, i * 0.5)
print(fmix(3, 4), fmix(2**46, 2**46), fmix(-7, 2.5), fmix(True, 2))
