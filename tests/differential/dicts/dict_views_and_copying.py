import sys
orig = {"a": [1, 2], "b": {"c": 3}}
shallow = orig.copy()
shallow["a"].append(3)
shallow["b"] = "replaced"
print(orig, shallow)
def deepcopy(x):
    if isinstance(x, dict):
        return {k: deepcopy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deepcopy(v) for v in x]
    return x
deep = deepcopy(orig)
deep["a"].append(99)
print(orig["a"], deep["a"])
v = orig.values()
items = orig.items()
orig["z"] = 0
print(list(v), len(items), type(v).__name__, type(items).__name__, type(orig.keys()).__name__)
print(repr(orig.keys()), repr({}.values()), repr({1: 2}.items()))
it = iter(orig)
print(next(it))
orig["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
inv = {}
for k, val in counts.items():
    inv.setdefault(val, []).append(k)
print(inv)
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
print({k: v for k, v in sorted(counts.items()) if v > 1})
d = {i: i * i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
print(dict(sorted({"b": 2, "a": 1}.items())), list({}.items()), {} == dict())
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
