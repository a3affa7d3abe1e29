# for-loops over ranges in compiled code: every step sign, empty ranges, bounds at
# the small-int edge (2**47) and at the i64 edge, big-int ranges, iterators shared
# between loops, and a range iterator advanced by next() inside the loop.


def total(r):
    t = 0
    n = 0
    for i in r:
        t += i
        n += 1
    return t, n


cases = [
    range(10), range(0), range(5, 5), range(10, 0), range(10, 0, -1), range(-5, 5, 3),
    range(0, 100, 7), range(100, 0, -7), range(2**47 - 3, 2**47 + 3), range(-2**47 - 2, -2**47 + 2),
    range(2**63 - 4, 2**63 - 1), range(-2**63, -2**63 + 3), range(2**63 - 2, 2**63 + 2),
    range(2**63 - 10, 2**63 - 1, 4), range(-2**63 + 9, -2**63, -4), range(2**70, 2**70 + 3),
    range(1, 2**62, 2**60), range(2**62, -2**62, -2**61),
]
for _ in range(50):
    out = [total(r) for r in cases]
for r, o in zip(cases, out):
    print(r, o)


def skipping(n):
    it = iter(range(n))
    seen = []
    for i in it:
        seen.append(i)
        if i % 3 == 0:
            seen.append(-next(it, -1))
    return seen


for _ in range(30):
    s = skipping(20)
print(s)


def nested(n):
    it = iter(range(n))
    pairs = []
    for a in it:
        for b in it:
            pairs.append((a, b))
            break
    return pairs


for _ in range(30):
    p = nested(9)
print(p)


def shadowed():
    acc = []
    for i in range(3):
        for i in range(i, 5, 2):
            acc.append(i)
    return acc


print(shadowed(), [x for x in range(30, 0, -4)])
