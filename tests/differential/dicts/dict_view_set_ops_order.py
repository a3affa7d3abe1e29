# Set operators between dict views, sets, lists and dicts keep CPython's iteration order.
d = {"k%d" % i: i for i in range(12)}
k = d.keys()
other = {"k3", "k5", "x1", "x2", "x3"}
print(k | other)
print(other | k)
print(k - other)
print(other - k)
print(k & other)
print(other & k)
print(k ^ ["x9", "k0", "x8"])
print(k ^ {"k1": 0, "y": 1})
print(d.items() & {("k2", 2), ("k4", 5)})
print(d.items() - {("k2", 2)})
print(k & d.keys(), {"a": 1}.keys() | {"b": 2}.keys())
try:
    k | 5
except TypeError as e:
    print("TypeError:", e)
