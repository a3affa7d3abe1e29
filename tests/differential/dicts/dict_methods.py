d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("q"), d.get("q", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("y"), d.pop("missing", "dflt"), d)
print(d.setdefault("x", 100), d.setdefault("w", 7), d)
d.update({"x": -1, "v": 5})
d.update(u=0)
d.update([("t", 9)])
print(d)
print(d.popitem(), d)
c = d.copy()
c.clear()
print(d, c)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("ab", 0))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
