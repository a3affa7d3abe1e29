# One method-call site seeing values of many builtin types, user instances with methods of
# the same name, and failures, while it is hot.


class Bag:
    def __init__(self):
        self.items = []

    def count(self, x):
        return 100 + self.items.count(x)

    def append(self, x):
        self.items.append(x * 2)


def counts(values, x):
    total = 0
    for v in values:
        total += v.count(x)
    return total


vals = ["abcabc", [1, "a", "a"], ("a", "b", "a", "a"), b"aaa", Bag(), bytearray(b"a")]
print(counts(vals[:3], "a"))
for _ in range(500):
    counts(vals[:3], "a")
try:
    print(counts(vals, "a"))
except TypeError as e:
    print("TypeError", e)
print(counts([vals[0], vals[4]], "b"))


def appender(targets, n):
    for i in range(n):
        targets[i % len(targets)].append(i)
    return targets


b = Bag()
out = appender([[], b, []], 3000)
print(len(out[0]), len(b.items), b.items[:3], out[2][-2:])


def methods(words):
    acc = []
    for w in words:
        acc.append(w.upper() + w.strip("x").lower() + str(w.startswith("a")) + str(len(w.split("b"))))
    return acc


ws = ["abx", "xxbcb", "Abba", "", "b"]
for _ in range(600):
    r = methods(ws)
print(r)
try:
    methods(ws + [42])
except AttributeError as e:
    print("AttributeError", e)


def dict_methods(ds):
    t = 0
    for d in ds:
        t += d.get("k", 1) + len(d.keys())
        d.setdefault("n", 0)
    return t


ds = [{"k": 5}, {}, {"k": 2, "z": 1}]
for _ in range(500):
    dict_methods(ds)
print(dict_methods(ds), ds)
# A dict subclass-like instance with its own get.


class Cfg:
    def __init__(self):
        self.d = {"k": 40}

    def get(self, key, default):
        return self.d.get(key, default) + 1

    def keys(self):
        return self.d.keys()

    def setdefault(self, k, v):
        return self.d.setdefault(k, v)


print(dict_methods(ds + [Cfg()]))
