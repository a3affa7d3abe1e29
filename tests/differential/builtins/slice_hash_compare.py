# Slices are hashable (3.12): CPython's hash of their fields, usable as dict keys and in sets;
# they compare as (start, stop, step) tuples.
for s in (slice(1, 2, 3), slice(None, 5), slice("a", None, -1), slice(2**70, -1), slice(1.5, True)):
    print(s, hash(s))
d = {slice(1, 2): "a", slice(None): "all"}
print(d[slice(1, 2)], d[slice(None, None, None)], slice(1, 2) in {slice(1, 2, None)}, len({slice(0, 1), slice(0, 1)}))
try:
    hash(slice([], 1))
except TypeError as e:
    print(e)
cache = {}
for i in range(300):
    key = slice(i % 7, None, 1)
    cache[key] = cache.get(key, 0) + 1
print(sorted(cache.values()))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(None) != slice(None), slice(0, 5) >= slice(0, 5, None), sorted([slice(3, 4), slice(1, 9), slice(1, 2)]))
try:
    slice(1, "a") < slice(1, 2)
except TypeError as e:
    print(e)
