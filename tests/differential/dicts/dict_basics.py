d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" not in d)
del d["b"]
print(d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2))
print(dict(zip("abc", range(3))), {1: "int", 1.0: "float", True: "bool"})
print({}, {"nested": {"inner": [1, 2]}})
e = {}
e[(1, 2)] = "tuple key"
e[None] = "none key"
e[3.5] = "float key"
print(e)
