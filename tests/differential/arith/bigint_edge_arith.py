a = 2**100
b = -(3**70)
print(a, b, a + b, a * b, a // b, a % b, divmod(a, b), divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7, divmod(-a, -7))
print(pow(2, 200, 10**9 + 7), pow(3, -1, 7), pow(-2, 63), pow(2, 0.5), (-8) ** (1 / 3) if False else pow(-8, 3))
print(a.bit_length(), b.bit_length(), (0).bit_length(), (-1).bit_length(), (2**63).bit_length())
print(a >> 50, b >> 10, -1 >> 100, 1 << 100 >> 99, (b << 3) // 8 == b)
print(a & 0xFFFF, b & 0xFFFF, a | 1, b | 1, a ^ b, ~a, ~b)
print(int(str(a) * 3) % 1000003, len(str(7**1000)), str(7**1000)[:20], str(7**1000)[-20:])
print(abs(b), -b, +b, a == 2.0**100, a + 0.5, float(b), int(float(a)) == a)
print(10**30 / 10**10, 10**30 // 10**10, 2**1000 / 2**999, 1 / 3 * 3, (10**50 + 1) / 10**50)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399, (10**400) / (10**399), 10**400 > 1e308, 10**400 > float("inf"))
print(hex(a), oct(b), bin(-5), int("-0x1f", 16), int("0b101", 0), int("  42  "), int("1_000_000"), int("zz", 36))
print(round(a / 3), round(12345678901234567890, -5), round(-15, -1), round(25, -1), round(35, -1))
print((12345678901234567890).to_bytes(9, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(sum(range(10**6)), sum(i * i for i in range(1000)), 17 ** 17 % 1000)
print(math_factorial := 1)
f = 1
for i in range(1, 31):
    f *= i
print(f, f // 2**26, f % 10**9)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, divmod(-7, 2))
print(0 ** 0, 0 ** 5, (-1) ** 1001, 2 ** -2, (-2) ** -3, 10 ** -1)
