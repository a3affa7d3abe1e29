import math
from math import sqrt, pi, floor
print(sqrt(81), floor(pi * 100) / 100)
vals = [0.0, 0.5, 1.0, 2.0]
for v in vals:
    print(v, round(math.sin(v), 12), round(math.cos(v), 12), round(math.tan(v), 12), round(math.atan(v), 12))
print(math.exp(2), math.log(100, 10), math.log1p(1e-10), math.expm1(1e-10))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(9.99), math.fabs(-0.0))
print(math.gcd(2 ** 40, 6 ** 20), math.isqrt(2 ** 101))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1, 1))
print(math.nan != math.nan, math.inf > 10 ** 300, -math.inf)
print(math.asin(1), math.acos(0), math.sinh(1), math.cosh(0), math.tanh(0.5))
