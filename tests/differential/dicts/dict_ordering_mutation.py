d = {"b": 1, "a": 2, "c": 3}
d["a"] = 20
print(list(d), list(d.values()))
del d["b"]
d["b"] = 100
print(list(d.items()))
d.update([("z", 0), ("a", -1)], y=9)
print(d)
print(d.pop("z"), d.pop("missing", "dflt"), d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("a", 5), d.setdefault("new", []), d)
d["new"].append(1)
print(d)
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d = dict.fromkeys("abc", 0)
print(d, dict.fromkeys([1, 2]), dict.fromkeys("xy", []))
shared = dict.fromkeys("pq", [])
shared["p"].append(1)
print(shared)
print(dict(zip("abc", range(3))), dict([("a", 1), ("a", 2)]), dict(a=1, **{"b": 2}))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a, {**a, **b})
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
keys = d.keys()
d["d"] = 3
print(keys, len(keys), "d" in keys, keys & {"a", "q"}, keys | {"q"}, keys - {"a"})
print(d.items() & {("a", 0)}, list(reversed(d)), list(reversed(d.items())))
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
