# A NaN keeps its sign, as in CPython: negation, inf - inf (the machine's default NaN is the
# negative one), arithmetic propagating an operand's NaN, and the same in hot loops, where
# compiled code computes them; repr and formatting never show the sign except with '+'.
import math

nan = float("nan")
inf = float("inf")
n = -nan
m = inf - inf
print(repr(n), str(n), "%f" % n, format(n, ".3f"), format(n, "e"), format(n, "g"), f"{n}", n.hex())
print(math.copysign(1, nan), math.copysign(1, n), math.copysign(1, m), math.copysign(1, -m))
print("%+f" % m, format(m, "+"), format(nan, "+"), "%r" % m, "%g" % n)
print(float("-nan"), math.copysign(1, float("-nan")), math.copysign(1, 0 * inf), math.copysign(1, inf * 0))
print(math.copysign(1, nan * 2), math.copysign(1, n * 2), math.copysign(1, 2 - n), abs(n), math.copysign(1, abs(n)))
print(n == n, n != n, n is n, [n] == [n], n in [n], m < 0, m > 0, math.isnan(m))


def signs(xs, rounds):
    out = []
    for _ in range(rounds):
        out = []
        for x in xs:
            a = x - x
            b = -a
            c = a * 2.0 + 1.0
            d = (x * 0.0) / 1.5
            out.append((math.copysign(1.0, a), math.copysign(1.0, b), math.copysign(1.0, c), math.copysign(1.0, d), math.copysign(1.0, -d)))
    return out


print(signs([1.5, inf, -inf, nan, n, 0.0, -0.0], 300))


def divs(rounds):
    t = 0.0
    for i in range(rounds):
        v = (inf - inf) if i % 3 == 0 else float(i)
        w = -v
        t = math.copysign(1.0, w) + math.copysign(1.0, math.sqrt(abs(v)) + v)
    return t


print(divs(3000), divs(3001))
d = {n: 1, nan: 2}
print(len(d), d.get(n), d.get(nan))
