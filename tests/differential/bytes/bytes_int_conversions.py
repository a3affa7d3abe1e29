for n in (0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 40 + 3):
    size = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(size, "big")
    print(n, b, int.from_bytes(b, "big"), n.to_bytes(size, "little"))
print(int.from_bytes(b"", "big"), (-128).to_bytes(1, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
