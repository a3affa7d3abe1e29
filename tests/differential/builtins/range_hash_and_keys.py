# range objects are hashable; equal ranges hash equal.
r = range(0, 10, 2)
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
print(hash(range(1, 7, 3)) == hash(range(1, 8, 3)))
d = {range(3): "small", range(0, 10, 2): "evens"}
print(d[range(0, 3)], d[range(0, 9, 2)], range(0, 3, 1) in d)
print(len({range(3), range(0, 3), range(1, 3)}))
print(r == range(0, 9, 2), r == range(0, 10, 2), range(0) == range(2, 1))
seen = set()
for stop in (3, 4, 3):
    seen.add(range(stop))
print(sorted(len(x) for x in seen))
