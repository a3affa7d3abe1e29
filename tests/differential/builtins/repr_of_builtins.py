vals = [0, -5, 3.0, 1e-10, "s", "it's", 'say "hi"', b"b", None, True, [], (), (1,), {}, set(), frozenset(), {1: "a"}, range(3), range(1, 10, 2), [1, [2, (3, {4: 5})]], Ellipsis, NotImplemented]
for v in vals:
    print(repr(v))
print(repr(int), repr(str), repr(ValueError), repr(type(None)))
