for n in (0, 1, 10, 255, -255, 4096, 2 ** 70, -(2 ** 33)):
    print(hex(n), oct(n), bin(n))
print(0xFF, 0o777, 0b1010, 0XAB, 1_000_000)
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"), format(8, "o"))
print(f"{255:#06x} {5:b} {-5:b} {1234567:,} {1234567:_}")
