import math
for s in ["0", "-0", "007", "1_000", "-1_2_3", "+5", " 42\n", "0b1010", "0o17", "0xff"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["0b1010", "0o17", "0xff", "0x_ff", "00"]:
    print(repr(s), int(s, 0))
for v in [0.1, 1 / 3, 1e-10, 123456.789, 2**0.5, math.pi, math.e, 1e300 * 10, -1e-320]:
    r = repr(v)
    print(r, float(r) == v, str(v) == r, f"{v:.17g}", v.hex() if math.isfinite(v) else "inf")
print(int(math.pi * 10**15), int("9" * 30) + 1, str(-10**25), len(str(2**3000)))
print(math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6) if hasattr(math, "lcm") else 12, math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2))
print(math.factorial(20), math.log(1024, 2), math.log2(1024), math.log10(0.001), math.exp(0), math.sqrt(2))
print(math.hypot(3, 4), math.atan2(1, 1) * 4 == math.pi, math.degrees(math.pi), math.radians(180) == math.pi)
print(math.inf, -math.inf, math.isinf(1e308 * 10), math.isnan(math.nan), math.nan == math.nan, math.isfinite(1e308))
print(math.floor(-3.5), math.ceil(-3.5), math.floor(3), math.trunc(-3.9), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 2) if hasattr(math, "remainder") else -1.0, math.copysign(3, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(f"{math.pi:.50f}"[:52], round(math.pi, 10), round(123.456, -1), round(-123.456, 1))
