vals = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 10 ** 30, 1.0, 1.5, -0.5, 0.0, -0.0, 1e300, True]
for v in vals:
    print(repr(v), hash(v))
print(hash(float("inf")), hash(float("-inf")))
print(hash(2 ** 100) == hash(float(2 ** 100)))
