d = {}
for k in "abcdef":
    d[k] = ord(k)
del d["b"]
del d["e"]
d["b"] = 0
d["a"] = -1
print(d, list(d), list(d.values()))
d.pop("c")
d.setdefault("c", 3)
d.setdefault("a", 100)
print(list(d.items()))
d.update({"z": 26, "d": 4})
print(list(d))
for k in list(d):
    if k in "ad":
        del d[k]
        d[k.upper()] = k
print(d)
print(d.popitem(), d.popitem(), d)
e = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del e[i]
for i in range(0, 10, 3):
    e[i] = "back"
print(e)
keys = e.keys()
vals = e.values()
items = e.items()
e[100] = "new"
del e[1]
print(keys, vals, items, sep="\n")
print(list(reversed(e)), list(reversed(e.items()))[:2])
f = {1: "a", 2: "b"}
g = {2: "b", 1: "a"}
print(f == g, list(f) == list(g), f | {1: "z"}, {1: "z"} | f)
h = {**f, 0: "zero", **g}
print(h)
m = {}
m[1.0] = "float"
m[1] = "int"
m[True] = "bool"
print(m, list(m)[0].__class__.__name__)
for i in range(1000):
    m[i] = i
for i in range(1000):
    if i % 100:
        del m[i]
print(m)
