for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 100)):
    print(n, n.bit_length(), n.bit_count())
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((3.75).as_integer_ratio(), (10).as_integer_ratio(), (0.5).is_integer(), (2.0).is_integer())
print((1.5).hex(), float.fromhex("0x1.8p+1"))
