# Every int operator, in hot functions, over a grid of values at the
# machine-word boundaries (2**31, 2**47, 2**62, 2**63, 2**64, negatives).

B = [0, 1, -1, 2, -2, 3, 7, -7, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 47 - 1,
     2 ** 47, -(2 ** 47), 2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63),
     -(2 ** 63) + 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -(2 ** 64), 3 ** 40]


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def band(a, b):
    return a & b


def bor(a, b):
    return a | b


def bxor(a, b):
    return a ^ b


def neg(a):
    return -a


def inv(a):
    return ~a


def lshift(a, n):
    return a << n


def rshift(a, n):
    return a >> n


def cmp(a, b):
    return (a < b) + 2 * (a == b) + 4 * (a > b)


def digest(v, h):
    # order-dependent fold of big results into a bounded number
    return (h * 1000003 + v) % (2 ** 61 - 1)


h = 0
zero_div = 0
for rep in range(2):
    for a in B:
        for b in B:
            for f in (add, sub, mul, band, bor, bxor):
                h = digest(f(a, b), h)
            h = digest(cmp(a, b), h)
            try:
                h = digest(floordiv(a, b), h)
                h = digest(mod(a, b), h)
            except ZeroDivisionError:
                zero_div += 1
print("digest", h, zero_div)

# print the interesting single results
M = -(2 ** 63)
X = 2 ** 63 - 1
for a, b in ((X, 1), (M, -1), (X, X), (M, M), (M, 2), (2 ** 32, 2 ** 31), (-(2 ** 32), 2 ** 31),
             (3037000500, 3037000500), (-3037000500, 3037000499)):
    print(a, b, add(a, b), sub(a, b), mul(a, b), floordiv(a, b), mod(a, b))
for a in (M, X, 0, -1, 2 ** 64, M + 1):
    print(a, neg(a), inv(a), abs(a), floordiv(a, -1), mod(a, -1), mod(a, 10), floordiv(a, 10))
for a in (1, -1, 3, -3, X, M):
    print(a, [lshift(a, n) for n in (0, 1, 31, 32, 62, 63, 64, 65)])
    print(a, [rshift(a, n) for n in (0, 1, 31, 62, 63, 64, 200)])
try:
    lshift(1, -1)
except ValueError as e:
    print("ValueError:", e)

# hot loops that walk up to the boundary one step at a time
v = X - 1500
crossed = None
for i in range(3000):
    v = add(v, 1)
    if crossed is None and v > X:
        crossed = i
print(crossed, v, v - X)
v = M + 1500
for i in range(3000):
    v = sub(v, 1)
print(v, v - M)
p = 1
for i in range(130):
    p = mul(p, -2)
print(p, p.bit_length())
q = p
for i in range(130):
    q = floordiv(q, -2)
print(q)

# pow with ints, including negative exponents (float result) and modular pow
print([2 ** k for k in (62, 63, 64)], (-2) ** 63, 3 ** 41, 2 ** -2, (-2) ** -3, pow(3, 100, 2 ** 61 - 1), pow(-7, 3, 2 ** 64))
print(divmod(M, 7), divmod(M, -7), divmod(X, -X), divmod(-1, 2 ** 64), divmod(2 ** 64, -3))
print(int("9223372036854775808") - 1, int("-9223372036854775809") + 1, hex(M), bin(X).count("1"), oct(2 ** 64))
