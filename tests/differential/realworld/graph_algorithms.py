import math

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]


def build(edges, directed=False):
    g = {}
    for a, b, w in edges:
        g.setdefault(a, {})[b] = w
        g.setdefault(b, {})
        if not directed:
            g[b][a] = w
    return g


def dijkstra(g, src):
    dist = {n: math.inf for n in g}
    prev = {}
    dist[src] = 0
    todo = set(g)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        if dist[u] == math.inf:
            break
        todo.remove(u)
        for v, w in sorted(g[u].items()):
            alt = dist[u] + w
            if alt < dist[v]:
                dist[v], prev[v] = alt, u
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


def components(g):
    seen, comps = set(), []
    for start in sorted(g):
        if start in seen:
            continue
        stack, comp = [start], []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(sorted(g[n], reverse=True))
        comps.append(comp)
    return comps


def bfs_levels(g, src):
    levels, frontier, seen = [], [src], {src}
    while frontier:
        levels.append(frontier)
        nxt = []
        for n in frontier:
            for m in sorted(g[n]):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return levels


g = build(EDGES)
dist, prev = dijkstra(g, "A")
for n in sorted(dist):
    d = dist[n]
    print(f"{n}: {d if d != math.inf else 'unreachable':>11}  {path(prev, n) if d != math.inf else ''}")
print(components(g))
print(bfs_levels(g, "A"))
dg = build(EDGES, directed=True)
indeg = {n: 0 for n in dg}
for n in dg:
    for m in dg[n]:
        indeg[m] += 1
order, queue = [], sorted(n for n, d in indeg.items() if d == 0)
while queue:
    n = queue.pop(0)
    order.append(n)
    for m in sorted(dg[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            queue.append(m)
            queue.sort()
print("topo:", order)
print(sum(w for _, _, w in EDGES), max(EDGES, key=lambda e: e[2]), math.inf > 10**100, -math.inf < -(10**100))
