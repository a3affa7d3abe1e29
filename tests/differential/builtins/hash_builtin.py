for v in [0, 1, -1, 42, 2 ** 64, -(2 ** 64), True, False, 1.0, 0.5, -2.25, (), (1,), (1, 2), ("a", 1), None is None]:
    print(repr(v), hash(v))
print(hash("") , hash("a"), hash("hello"), hash("héllo"), hash("日本"))
print(hash(b""), hash(b"abc"), hash(("x", "y")), hash(frozenset()))
print(hash(-1) == hash(-2), hash(1) == hash(1.0) == hash(True))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
