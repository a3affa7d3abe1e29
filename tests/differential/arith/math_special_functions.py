import math
# Functions of the math module beyond the basics.
print(math.remainder(7, 4), math.remainder(-7, 4), math.remainder(5.5, 2), math.remainder(10, 3))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2))
print(math.exp2(10), math.exp2(0.5), math.exp2(-1))
print(math.erf(0), math.erf(1), math.erf(-0.5), math.erfc(1), math.erfc(0))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.ulp(1.0), math.ulp(1e10), math.ulp(0.0))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3, 4]))
def phi(x):
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))
print([round(phi(z), 6) for z in (-2, -1, 0, 1, 1.96, 3)])
for bad in (lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.acosh(0.5), lambda: math.atanh(1),
            lambda: math.remainder(1, 0), lambda: math.lgamma(-2)):
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
