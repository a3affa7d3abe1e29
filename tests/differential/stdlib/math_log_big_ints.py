# math.log/log2/log10 of ints too large for a float (split as x * 2**e, as CPython does), and
# their domain errors.
import math
print(math.log(10**400), math.log10(10**400), math.log2(2**2000 + 1), math.log(2**3000, 2))
print(math.log2(2**1023), math.log10(10**300), math.log(2**1024 - 1), math.log2(2**1024 - 2**970))
print(math.log2(2**1024 - 2**969), math.log10(3**1000), math.log2(7**600), math.log(5**900, 3**400))
for bad in (0, -5, -(10**400), 0.0, -1.5):
    for fn in (math.log, math.log2, math.log10):
        try:
            fn(bad)
        except ValueError as e:
            print(fn.__name__, bad if abs(bad) < 10 else "big", e)
print(math.log2(float("inf")), math.log10(1e-300), math.log(8, 2), math.log(1e300, 10))
