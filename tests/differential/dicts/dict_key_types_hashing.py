d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d[frozenset({1})] = "fs"
d[None] = "none"
d["1"] = "str"
d[b"1"] = "bytes"
print(len(d), d[(1, 2)], d[frozenset([1])], d[None], d[1])
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d[{1: 2}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d[(1, [2])] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print(hash({1}))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**20))
print(hash(0.1), hash(1.5), hash(-1.5), hash(float(2**62)))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(("a",)) == hash(("a",)))
print(hash(None) == hash(None), hash(frozenset()), hash(frozenset({1, 2, 3})))
nan = float("nan")
nd = {nan: 1}
print(nd[nan], float("nan") in nd, len({nan, nan}), len({float("nan"), float("nan")}))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[2, 1], sorted(k for k in grid if sum(k) == 2))
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x})"
p1, p2 = P(1), P(1)
objs = {p1: "first", p2: "second"}
print(len(objs), objs[p1], objs[p2], p1 in objs, P(1) in objs)
