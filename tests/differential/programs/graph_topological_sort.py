class CycleError(Exception):
    pass


def topo_sort(deps):
    nodes = set(deps)
    for ds in deps.values():
        nodes.update(ds)
    indeg = {n: 0 for n in sorted(nodes)}
    users = {n: [] for n in sorted(nodes)}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(indeg):
        stuck = sorted(n for n, k in indeg.items() if k > 0)
        raise CycleError(f"cycle among {stuck}")
    return order


build = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}
print(topo_sort(build))
print(topo_sort({}))
print(topo_sort({"a": ["b"], "c": ["b"], "b": []}))
try:
    topo_sort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except CycleError as e:
    print("CycleError:", e)


def components(edges):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    return sorted(sorted(g) for g in groups.values())


print(components([(1, 2), (3, 4), (2, 5), (6, 6), (4, 7), (8, 9), (9, 1)]))
