# zip and enumerate refill their result tuple when nothing else holds it: every tuple the
# program keeps must keep its values, in hot loops too.


def keep_some(n):
    kept = []
    total = 0
    for t in zip(range(n), range(n, 2 * n)):
        total += t[0] * t[1]
        if t[0] % 97 == 0:
            kept.append(t)
    return total, kept[:5], kept[-1]


for _ in range(30):
    r = keep_some(1000)
print(r)

z = zip([1, 2, 3], "abc")
a = next(z)
b = next(z)
print(a, b, a == b)
del a
c = next(z)
print(b, c)

e = enumerate("xyz", -1)
x = next(e)
y = next(e)
print(x, y)


def keys_of(words):
    d = {}
    for pair in enumerate(words):
        d[pair] = pair[1].upper()
    return d


for _ in range(50):
    d = keys_of(["p", "q", "p"])
print(sorted(d.items()))


def unpack_hot(xs, ys):
    s = 0
    for i, (a, b) in enumerate(zip(xs, ys)):
        s += i * (a - b)
    return s


for _ in range(100):
    r = unpack_hot(list(range(300)), list(range(300, 0, -1)))
print(r)


def gen():
    yield 1
    yield 2
    raise ValueError("boom")


held = []
try:
    for p in zip(gen(), "abcd"):
        held.append(p)
except ValueError as err:
    print("ValueError", err, held)

held = []
for p in zip([1, 2, 3], [4, 5]):
    held.append(p)
print(held)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as err:
    print("ValueError", err)

nested = [list(pair) for pair in zip(zip("ab", "cd"), enumerate("ef"))]
print(nested)
last = None
for t in zip(range(3), range(3)):
    if last is not None:
        print(last, t, last is t)
    last = t
