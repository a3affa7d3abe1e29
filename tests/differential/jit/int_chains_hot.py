# Chains of integer arithmetic whose intermediate results leave small ints (generators,
# hashes): compiled code computes them on machine integers and boxes only the result, and
# must give exactly Python's ints on every edge: 64-bit overflow, negative operands, floor
# division and modulo signs, shifts, results beyond small ints, other operand kinds.


def lcg(n, x):
    out = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out ^= x
    return x, out


print(lcg(5000, 12345), lcg(5000, 0))


def hash48(words):
    h = 0
    for w in words:
        h = (h * 1000003 + w * 31 + 7) & 0xFFFFFFFFFFFF
    return h


print(hash48(list(range(3000))), hash48([2**40] * 10))


def mixes(n):
    acc = []
    s = -987654321
    for i in range(n):
        s = (s * 48271 - i * 7919) % 2147483647
        t = (s * -3 - 1) // 1000
        u = (s << 13) >> 7
        acc.append(t % 97 + u % 89)
    return s, sum(acc), acc[:5]


print(mixes(4000))


def overflow64(n):
    # Products beyond 64 bits: the chain falls back to big ints.
    x = 3
    seen = []
    for i in range(n):
        x = (x * 7 * 2**40 + 1) % (2**61 - 1)
        y = (x * x + i) // 3
        if i % 500 == 0:
            seen.append(y)
    return x, seen[:4]


print(overflow64(2000))


def shifts(n):
    r = []
    for i in range(n):
        k = i % 70
        r.append(((i * 12345 + 1) << k) >> (k // 2))
    return sum(r) % 1000000007, r[65:68]


print(shifts(3000))


def kinds_change(vals):
    total = 0
    for v in vals:
        total = (total * 31 + v * 1000003) & 0xFFFFFFFFFFFF
    return total


data = list(range(3000))
print(kinds_change(data))
print(kinds_change(data + [True, 2**70, -5]))
try:
    print(kinds_change(data + [2.5]))
except TypeError as e:
    print("TypeError", e)
try:
    kinds_change(data + ["x"])
except TypeError as e:
    print("TypeError", e)


def divides(n, d):
    x = 0
    for i in range(n):
        x = (x * 1103515245 + i) % d
    return x


print(divides(3000, 1000000007), divides(3000, -1000000007))
try:
    divides(10, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def unbound(n):
    z = 1
    for i in range(n):
        if i == n - 1:
            del z
        w = (z * 99991 * 99991 + 3) & 0xFF
        z = (i * 99991 * 99991 + w) & 0xFFFF
    return z


try:
    unbound(3000)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def final(n):
    x = 7
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    return x


print(final(3000))
print(lcg(10, -1)[0], divides(100, 2**64 + 13))


def caller():
    h = 0
    for i in range(3000):
        h = (h * 1000003 + i * 31) & 0xFFFFFFFF
    return h // (i - 2999)


caller()
