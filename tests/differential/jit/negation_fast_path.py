# Unary minus on small ints and floats is computed inline (and inside inlined functions);
# edges: the most negative small int (whose negation needs a big int), -0.0, NaN, bools,
# big ints, objects with __neg__, and a TypeError for other values.


def neg(x):
    return -x


def absdiff(a, b):
    d = a - b
    if d < 0:
        return -d
    return d


def hot(n):
    t = 0
    u = 0.0
    for i in range(n):
        t += neg(i) - (-i) + absdiff(i % 7, 3)
        u += -(i * 0.5)
    return t, u


print(hot(5000))
nan = float("nan")
edge = [-(2**47), 2**47 - 1, 2**47, -(2**63), 0, -0.0, 0.0, nan, float("inf"), True, False, 1.5]
print([neg(v) for v in edge])
print([absdiff(v, 0) for v in edge[:4]], absdiff(2.5, 4), absdiff(True, 3))


class N:
    def __neg__(self):
        return "negated"


print(neg(N()))
try:
    neg("s")
except TypeError as e:
    print("TypeError", e)
print(-neg([1][0]))
neg(None)
