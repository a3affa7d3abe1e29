class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.count = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())

people = ["ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal"]
ds = DisjointSet(people)
pairs = [("ann", "bob"), ("cid", "dee"), ("bob", "dee"), ("eve", "fay"), ("ann", "cid"), ("gus", "gus")]
for a, b in pairs:
    print(f"union({a}, {b}) -> {ds.union(a, b)}; components={ds.count}")
print(ds.groups())

# Kruskal MST
edges = [(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8),
         (6, 8, 6), (4, 2, 5), (2, 6, 5), (7, 2, 3), (14, 3, 5), (9, 3, 4), (10, 5, 4)]
ds2 = DisjointSet(range(9))
mst = []
for w, u, v in sorted(edges):
    if ds2.union(u, v):
        mst.append((u, v, w))
print("mst:", mst)
print("weight:", sum(w for _, _, w in mst))
print("remaining components:", ds2.count)
