# Sort keys of many shapes: tuples nested in tuples, ints against floats, NaN, bools, big
# ints, strings with non-ASCII text, keys longer than any fixed limit, and keys whose
# comparison must call user code or raise. Lists long enough to merge runs.

state = 7


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n


words = ["pear", "Apple", "apple", "äpfel", "zebra", "", "a", "ab", "abc", "日本", "ñu", "pe"]


def check(name, keys, **kw):
    idx = list(range(len(keys)))
    order = sorted(idx, key=lambda i: keys[i], **kw)
    # Stable: equal keys keep their positions' order.
    print(name, order[:12], order[-6:], len(order))


n = 300
check("ints", [rnd(50) - 25 for _ in range(n)])
check("ints reverse", [rnd(50) - 25 for _ in range(n)], reverse=True)
check("floats", [rnd(1000) / 7 - 50 for _ in range(n)])
check("int/float mix", [rnd(20) if rnd(2) else rnd(20) + 0.5 for _ in range(n)])
check("equal int and float", [(1, "b"), (1.0, "a"), (True, "c"), (0, "z"), (False, "y"), (0.0, "x")] * 60)
check("bools", [rnd(2) == 1 for _ in range(n)])
check("big ints", [rnd(100) * 10**30 - 10**31 for _ in range(n)])
check("big and small", [rnd(100) * 10**(rnd(3) * 10) for _ in range(n)])
check("strs", [words[rnd(len(words))] for _ in range(n)])
check("pairs", [(rnd(5), words[rnd(len(words))]) for _ in range(n)])
check("neg count pairs", [(-rnd(4), (words[rnd(6)], words[rnd(6)])) for _ in range(n)])
check("ragged tuples", [tuple(rnd(3) for _ in range(rnd(4))) for _ in range(n)])
check("nested ragged", [(rnd(2), tuple(rnd(2) for _ in range(rnd(3))), rnd(3)) for _ in range(n)])
check("empty tuples", [() if rnd(2) else (rnd(2),) for _ in range(n)])
check("long keys", [tuple([0] * 40 + [rnd(5)]) for _ in range(n)])
check("deep keys", [((((((((((((((((((rnd(3),),),),),),),),),),),),),),),),),), rnd(4)) for _ in range(n)])
check("long strs", ["x" * 50 + words[rnd(len(words))] for _ in range(n)])
check("tuple of floats", [(rnd(3) / 2, -rnd(3) / 4) for _ in range(n)])

nan = float("nan")
vals = [nan if rnd(10) == 0 else rnd(10) / 2 for _ in range(100)]
out = sorted(vals)
print("nan floats", ["nan" if x != x else x for x in out][:20])
out = sorted([(x, i) for i, x in enumerate(vals)])
print("nan in tuples", [("nan" if x != x else x, i) for x, i in out][:12])


class Rev:
    compares = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Rev.compares += 1
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


objs = [(rnd(3), Rev(rnd(10))) for _ in range(200)]
out = sorted(objs)
print("user __lt__", [(a, b.v) for a, b in out][:10], Rev.compares > 0)
shared = Rev(1)
objs = [(rnd(3), shared, rnd(5)) for _ in range(200)]
Rev.compares = 0
out = sorted(objs)
print("identical objects are equal", [(a, c) for a, _, c in out][:10], Rev.compares)

for bad in ([(1, "a")] * 70 + [(1, 2)] + [(0, "b")] * 70,
            [3, 1, 2] * 30 + ["x"],
            [(1, (2, "a")), (1, (2, 3))] * 40,
            [1.5, 2.5, None, 0.5] * 20):
    data = list(bad)
    try:
        data.sort()
        print("sorted?", data[:3])
    except TypeError as e:
        print("TypeError:", e, sorted(map(repr, data)) == sorted(map(repr, bad)))

print(sorted([(2, "b"), (1, "b"), (2, "a")], key=lambda t: (t[1], -t[0])))
print(sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted(range(20), key=lambda i: (i % 3, -i)))
print(sorted([(1, 2), (1, 2, 3), (1,), ()]))
print(sorted([((1, 2), 3), ((1,), 4), ((1, 2, 0), 1), ((), 9)]))
print(max([(1, "a"), (1, "b")]), min([(0.5, 2), (0.5, 1)]))

# Keys of one kind throughout (sorted as plain pairs), and keys that differ in kind only
# where the comparison never gets to.
check("zeros", [0.0 if rnd(2) else -0.0 for _ in range(n)])
check("zeros reverse", [0.0 if rnd(2) else -0.0 for _ in range(n)], reverse=True)
check("strs reverse", [words[rnd(len(words))] for _ in range(n)], reverse=True)
check("bool and int", [rnd(3) if rnd(2) else rnd(2) == 1 for _ in range(n)], reverse=True)
check("str pairs reverse", [(words[rnd(4)], rnd(3)) for _ in range(n)], reverse=True)
check("kinds apart", [(i, "s") if i % 2 else (i, 2.5) for i in range(n)])
try:
    check("kinds meet", [(rnd(3), (rnd(2),)) if rnd(2) else (rnd(3), rnd(2)) for _ in range(n)])
except TypeError as e:
    print("TypeError:", e)
