# Method calls on str, list, tuple and dict receivers in hot loops (called without the
# method lookup once compiled), receivers changing type at a site, errors from inside the
# methods with their tracebacks.


def words_stats(words):
    caps = digits = starts = 0
    out = []
    for w in words:
        if w.isupper():
            caps += 1
        if w.isdigit():
            digits += 1
        w2 = w.strip("/").lower().capitalize()
        if w2.startswith("Alpha"):
            starts += 1
        out.append(w2.replace("a", "4").find("4"))
    return caps, digits, starts, sum(out)


words = ["alpha42", "OSLO", "/1234/", "042", "Alpha", "é日本", ""] * 50
for _ in range(200):
    r = words_stats(words)
print(r)


def dict_work(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
        d.setdefault(k + "!", []).append(k)
    return sorted(d.items())[:4], len(d.keys()), d.pop("a"), d.get("zz")


for _ in range(300):
    r = dict_work(["a", "b", "a", "c"] * 10)
print(r)


def list_work(n):
    items = []
    for i in range(n):
        items.append(i % 7)
        items.insert(0, -i) if i % 100 == 0 else None
    items.sort()
    items.reverse()
    return items.count(3), items.index(6), items.pop(), items.pop(0), len(items)


for _ in range(50):
    r = list_work(400)
print(r)


def tuple_work(t):
    total = 0
    for _ in range(100):
        total += t.count(2) + t.index(3)
    return total


for _ in range(50):
    r = tuple_work((1, 2, 3, 2, 2))
print(r)


def poly(values):
    out = []
    for v in values:
        out.append(v.count("a") if isinstance(v, str) else v.count(1))
        out.append(v.index(v[0]))
    return out


mixed = ["banana", [1, 1, 2], (1, 3, 1), "aaa"]
for _ in range(500):
    r = poly(mixed)
print(r)


def same_site(values):
    out = []
    for v in values:
        out.append(v.index(1) if not isinstance(v, str) else v.index("b"))
    return out


for _ in range(2000):
    r = same_site([[0, 1], (1,), "abc"])
print(r)


def errors(values):
    res = []
    for v in values:
        try:
            res.append(v.index("q"))
        except ValueError as e:
            res.append(str(e))
        try:
            res.append(v.upper())
        except AttributeError as e:
            res.append(str(e))
    return res


for _ in range(1000):
    r = errors(["aqa", "bb", ["q"], ("x",)])
print(r)


def pops(lists):
    total = 0
    for l in lists:
        total += l.pop()
    return total


for _ in range(3000):
    pops([[1, 2], [3]])
print(pops([[1], []]))
