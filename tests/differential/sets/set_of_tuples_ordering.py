pts = {(0, 0), (1, 2), (2, 1), (1, 2), (-1, -1)}
print(sorted(pts), len(pts))
print(sorted(pts, key=lambda p: (p[0] ** 2 + p[1] ** 2, p)))
edges = {(1, 2), (2, 3), (3, 1), (3, 4)}
nodes = {n for e in edges for n in e}
print(sorted(nodes))
adj = {n: sorted(b for a, b in edges if a == n) for n in sorted(nodes)}
print(adj)
print({1, 2, 3} == {3, 2, 1}, list({5: 0, 3: 0, 9: 0}), sorted({5, 3, 9}))
small = {3, 1, 2, 0, 7}
print(small, set(range(10, 0, -1)), {100, 5, 33})
print({-1, -2, 5}, {2**40, 1, 2**40 + 1} == {1, 2**40, 2**40 + 1})
s = set()
for i in [10, 3, 7, 3, 10, 1]:
    s.add(i)
print(s, sorted(s), min(s), max(s), sum(s))
print(sorted(set("mississippi")), "".join(sorted(set("mississippi"), key="mississippi".index)))
