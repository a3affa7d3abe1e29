xs = [1, 2.5, "s", 'q"', None, True, [], [[]], (1,), {}, {1: 2}, -0.0, 1e16, b"b"]
print(xs)
print(repr(xs) == str(xs), len(repr(xs)))
print([x for x in xs if x])
