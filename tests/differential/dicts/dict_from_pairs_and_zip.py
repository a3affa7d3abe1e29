keys = ["name", "age", "city"]
vals = ["Zed", 44, "Oslo"]
rec = dict(zip(keys, vals))
print(rec)
pairs = list(rec.items())
print(pairs, dict(pairs) == rec)
try:
    dict([("a", 1), ("b",)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, **{"b": 2}), {**rec, "age": 45})
