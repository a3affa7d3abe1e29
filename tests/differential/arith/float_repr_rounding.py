vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789.123456789, 5e-324, 1.7976931348623157e308, 2.5, -0.0, 1e-5, 0.0001, 1e21, 1e22, 9.999999999999999e22, 100.0, 1.5e-7]
for v in vals:
    print(repr(v), str(v), f"{v}", round(v, 2), v.is_integer())
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45, 2.675)])
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5000001)])
print(round(2.675, 2), round(1.005, 2), round(-2.5), round(1234.5678, -2), round(5e-324, 300))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(7, 1), type(round(7, 1)))
print(int(2.9), int(-2.9), int(1e20), int(-1e20), int(2**53 + 0.0))
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(2.0), math.ceil(1e-300))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, abs(-0.0), math.copysign(1, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 3]) if hasattr(math, "prod") else 9.0)
print(1.0 / 3.0 * 3.0 == 1.0, 0.1 * 3, 1.1 * 1.1, 3 * 1.1, 100 * 1.1)
print(float("1e500"), float("-1e500"), float("  -3.5e2 "), float("inf") - float("inf"), float("1_000.5"))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7, -2.5))
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 10.0 ** -3, 2 ** 0.5 ** 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(8.0 ** 0.5, 8 ** (1 / 3), (-8) ** 3, (-8.0) ** 2, 0.0 ** 0.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(float.hex(1.0), (0.5).as_integer_ratio(), (0.1).as_integer_ratio(), float.fromhex("0x1.8p1"))
print(hash(0.5), hash(-1.0), hash(1e100) == hash(int(1e100)), hash(float("inf")))
print(max(0.0, -0.0), min(-0.0, 0.0), sorted([0.0, -0.0, -1e-300]))
