import math
for v in (2.5, -2.5, 0.1, -0.9, 1e10 + 0.5, 123456789.999):
    print(v, int(v), math.floor(v), math.ceil(v), round(v))
print(int(1e300) % 1000, len(str(int(1e300))))
print(int(-1e19), int(1.7976931348623157e308) > 10 ** 307)
