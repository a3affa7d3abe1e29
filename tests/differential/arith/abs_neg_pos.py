for v in (5, -5, 0, -0.0, 2.5, -2.5, 10 ** 30, -(10 ** 30), True, False):
    print(repr(v), abs(v), -v, +v)
print(abs(float("-inf")), abs(-2 ** 63))
