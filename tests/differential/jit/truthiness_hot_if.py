# Truthiness of many kinds of values in a hot `if`, `while`, `and`/`or`,
# `not`, and conditional expressions.


class Empty:
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __repr__(self):
        return "Sized(%d)" % self.n


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v

    def __len__(self):
        return 0  # __bool__ wins

    def __repr__(self):
        return "Flag(%r)" % self.v


class BadBool:
    def __bool__(self):
        return 1


values = [0, 1, -1, 2 ** 64, 0.0, -0.0, 1e-300, float("nan"), "", "0", " ",
          [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False,
          range(0), range(3), b"", b"\x00", Empty(), Sized(0), Sized(2),
          Flag(True), Flag(False), frozenset(), 2 ** 64 - 2 ** 64]


def truth(v):
    if v:
        return 1
    return 0


def truth_not(v):
    return 0 if not v else 1


def truth_and_or(v):
    return (v and "and") or "or"


counts = [0] * len(values)
for i in range(3000):
    k = i % len(values)
    v = values[k]
    counts[k] += truth(v) + truth_not(v)
print(counts)
for v in values:
    r = repr(v) if not isinstance(v, Empty) else "Empty()"
    print(r, truth(v), truth_not(v), repr(truth_and_or(v)) if not isinstance(v, Empty) else "-", bool(v))

# the same hot `if` seeing values that change from truthy to falsy
s = Sized(3)
f = Flag(True)
hits = 0
for i in range(2000):
    if s:
        hits += 1
    if f:
        hits += 10
    if i == 999:
        s.n = 0
        f.v = False
print(hits)

# while loops with container truthiness
stack = list(range(1000))
popped = 0
while stack:
    stack.pop()
    popped += 1
print(popped, stack)
d = {i: i for i in range(500)}
while d:
    d.popitem()
print(d, not d)

# short-circuit returns the operand, not a bool
print([x or "dflt" for x in (0, "", None, [], "v", 3)])
print([x and "set" for x in (0, "", None, [], "v", 3)])
print(0 or 0.0 or "" or None, 1 and 2 and 3, (None or []) == [], not not [1])

# chained comparisons in a hot loop
inside = 0
for i in range(-500, 1500):
    if 0 <= i < 1000 != i:
        inside += 1
print(inside)

try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
