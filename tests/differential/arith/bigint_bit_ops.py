a = 2 ** 100 + 12345
b = -(2 ** 90) - 7
print(a & b, a | b, a ^ b, ~a, ~b)
print(a >> 50, b >> 50, a << 30, b << 3, b >> 200, a >> 200)
print(a.bit_length(), b.bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 64).bit_length())
print(bin(a)[:20], hex(b), oct(2 ** 70), hex(-(2 ** 64)))
print((2 ** 64 - 1) & -(2 ** 32), -1 & 0xFFFFFFFFFFFFFFFFFFFF, -1 ^ (2 ** 80), (-(2 ** 65)) | 1)
print(a.bit_count() if hasattr(a, "bit_count") else "", (2 ** 100 - 1).bit_count(), (-255).bit_count())
x = 1
for i in range(10):
    x = (x << 13) ^ (x * 31) ^ i
print(x, x.bit_length(), x % 1000003, x & 0xFFFF)
masks = [(1 << k) - 1 for k in (7, 31, 32, 63, 64, 65, 127)]
print([m.bit_length() for m in masks], [(-m) & m for m in masks][:3], sum(masks))
print(int.from_bytes(b"\x01\x00" * 10, "big"), (2 ** 72 + 5).to_bytes(10, "little"), (-5).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(1 >> 10 ** 20 if False else 0, 0 << 1000, -7 >> 1, -7 >> 100, 7 >> 100, -(2 ** 80) >> 79)
