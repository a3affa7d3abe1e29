d = {"a": 1, "b": 2, "c": 3}
ks = d.keys()
vs = d.values()
its = d.items()
print(ks, vs, its)
d["d"] = 4
print(len(ks), list(vs), ("d", 4) in its, "a" in ks, 3 in vs)
print(ks & {"a", "z"}, ks - {"a"} == {"b", "c", "d"}, sorted(ks | {"q"}))
print(list(reversed(d)), list(reversed(d.values())))
for k, v in d.items():
    print(k, v)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
