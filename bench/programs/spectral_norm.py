# Float kernel: spectral norm of an implicit matrix (function calls in inner loops, float division)
import math


def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_elem(i, j) * v[j]
        out[i] = acc


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_elem(j, i) * v[j]
        out[i] = acc


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(iterations):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


for size in (100, 200, 420):
    print(size, "%.9f" % spectral_norm(size, 10))
