people = [("ann", "eng", 34), ("bob", "ops", 45), ("cy", "eng", 29), ("dee", "mkt", 38), ("eve", "ops", 23), ("fay", "eng", 41)]
by_dept = {}
for name, dept, age in people:
    by_dept.setdefault(dept, []).append(name)
print(by_dept)
ages = {d: [a for _, dd, a in people if dd == d] for d in by_dept}
print({d: (min(a), max(a), sum(a) / len(a)) for d, a in ages.items()})
oldest = {d: max((p for p in people if p[1] == d), key=lambda p: p[2])[0] for d in by_dept}
print(oldest)
inverted = {name: dept for dept, names in by_dept.items() for name in names}
print(inverted)
buckets = {}
for name, _, age in people:
    buckets.setdefault(age // 10 * 10, []).append(name)
print(dict(sorted(buckets.items())))
merged = {}
for d in [{"a": 1, "b": 2}, {"b": 3, "c": 4}, {"a": 5}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged, sorted(merged, key=merged.get, reverse=True))
nested = {"x": {"y": {"z": 1}}, "w": {"v": 2}}
def paths(d, prefix=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from paths(v, prefix + (k,))
        else:
            yield ".".join(prefix + (k,)), v
print(dict(paths(nested)))
counts = {}
for ch in "hello world":
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts.items(), key=lambda kv: (kv[1], kv[0])))
print({k: v for k, v in counts.items() if v > 1}, {v: k for k, v in counts.items()})
d = dict.fromkeys(range(5))
d.update({i: i ** 2 for i in d if i % 2})
print(d, list(d.keys())[::2], sum(v for v in d.values() if v))
