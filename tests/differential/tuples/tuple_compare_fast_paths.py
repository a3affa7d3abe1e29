# Tuple, str and number comparisons that take the no-Python-code fast paths, next to the
# cases that must still reach the generic comparison (dunders, type errors).

nan = float("nan")
print((1, "a") < (2, 3), (1, "a") != (1, 3), (1, "a") == (1, 3))
try:
    (1, "a") < (1, 3)
except TypeError as e:
    print("TypeError", e)
print((nan,) < (nan,), (nan,) == (1.0,), (1, nan) < (1, 2), (1, nan) > (1, 2), (1, nan) != (1, 2))
print((0.0,) == (-0.0,), (-0.0, 1) < (0.0, 2), (2**80, 1) > (2.0**80, 0), (2**80,) == (2.0**80,))
print((True, 1) == (1, True), (False,) < (0.5,), (1, 2) <= (1, 2), (1, 2) >= (1, 2, 0))
print(("é",) > ("z",), "é" > "z", "\U0001F600" > "\uffff", ("a", "b") < ("a", "b\x00"))
print((b"ab", 1) < (b"b", 0), (b"", "x") < (b"\x00", ""))
print(((1, 2), 3) < ((1, 3), 0), ((1, (2, "x")),) < ((1, (2, "y")),), () < (0,), () == ())


class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Rev) and self.v == other.v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print((1, Rev(1)) < (1, Rev(2)), (1, Rev(2)) == (1, Rev(2)), sorted([(0, Rev(i)) for i in range(4)]))

# Large sorts (merged runs) with many equal keys: stable, forwards and reversed.
words = ["w%d" % (i * 7919 % 97) for i in range(2000)]
pairs = [(w, i) for i, w in enumerate(words)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
r = sorted(pairs, key=lambda p: (p[0][:2], -len(p[0])), reverse=True)
print(r[:3], r[-3:])
print(sorted([(x % 5, -x, str(x)) for x in range(300)])[::50])
floats = sorted([((i * 37) % 101) / 7 for i in range(500)] + [2**70, -(2**70), 3])
print(floats[:3], floats[-3:])

# An error in the middle of a large sort leaves a permutation of the input.
items = [(i * 31 % 257, "s") for i in range(400)]
items[300] = (items[300][0], 5)
dupe = [(items[300][0], "t") for _ in range(3)]
data = items + dupe
try:
    data.sort()
except TypeError as e:
    print("TypeError", e)
print(len(data), sorted(map(repr, data)) == sorted(map(repr, items + dupe)))
print(min((3, "b"), (3, "a")), max([(1, 2.5), (1, 2), (0, 9)]))
