DEPS = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}

def kahn(deps):
    indeg = {k: 0 for k in deps}
    users = {k: [] for k in deps}
    for node, reqs in deps.items():
        for r in reqs:
            indeg[node] += 1
            users[r].append(node)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for u in sorted(users[node]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise RuntimeError("cycle among: " + ", ".join(sorted(k for k in deps if indeg[k])))
    return order

def dfs_order(deps):
    state = {}
    out = []
    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise RuntimeError(" -> ".join(trail + [n]))
        state[n] = "active"
        for d in deps[n]:
            visit(d, trail + [n])
        state[n] = "done"
        out.append(n)
    for n in deps:
        visit(n, [])
    return out

print("kahn:", kahn(DEPS))
print("dfs: ", dfs_order(DEPS))
levels = {}
for n in dfs_order(DEPS):
    levels[n] = 1 + max((levels[d] for d in DEPS[n]), default=-1)
for lvl in range(max(levels.values()) + 1):
    print(f"level {lvl}: {sorted(k for k, v in levels.items() if v == lvl)}")

bad = dict(DEPS)
bad["core"] = ["tests"]
for fn in (kahn, dfs_order):
    try:
        fn(bad)
    except RuntimeError as e:
        print(fn.__name__, "failed:", e)
