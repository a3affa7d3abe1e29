class Task:
    _seq = 0

    def __init__(self, name, priority, deps=(), cost=1):
        self.name, self.priority, self.deps, self.cost = name, priority, tuple(deps), cost
        Task._seq += 1
        self.seq = Task._seq

    def __lt__(self, other):
        return (-self.priority, self.seq) < (-other.priority, other.seq)

    def __repr__(self):
        return f"{self.name}(p{self.priority})"


class Heap:
    def __init__(self):
        self.a = []

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[i] < a[(i - 1) // 2]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2

    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]:
                m = l
            if r < len(a) and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m

    def __bool__(self):
        return bool(self.a)

    def __len__(self):
        return len(self.a)


def schedule(tasks):
    by_name = {t.name: t for t in tasks}
    waiting = {t.name: set(t.deps) for t in tasks}
    for name, deps in waiting.items():
        unknown = deps - by_name.keys()
        if unknown:
            raise ValueError(f"{name} depends on unknown {sorted(unknown)}")
    ready = Heap()
    for t in tasks:
        if not t.deps:
            ready.push(t)
    clock, order = 0, []
    while ready:
        t = ready.pop()
        clock += t.cost
        order.append(f"{t.name}@{clock}")
        for name, deps in waiting.items():
            if t.name in deps:
                deps.discard(t.name)
                if not deps:
                    ready.push(by_name[name])
    if len(order) != len(tasks):
        stuck = sorted(n for n, d in waiting.items() if d)
        raise RuntimeError(f"cycle among {stuck}")
    return order


tasks = [Task("fetch", 5), Task("parse", 3, ["fetch"], 2), Task("lint", 9), Task("test", 4, ["parse", "lint"], 3),
         Task("docs", 1, [], 2), Task("package", 4, ["test", "docs"]), Task("notify", 4, ["lint"])]
print(schedule(tasks))
h = Heap()
for t in tasks:
    h.push(t)
print([h.pop() for _ in range(len(h))])
try:
    schedule([Task("a", 1, ["b"]), Task("b", 1, ["a"]), Task("c", 2)])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    schedule([Task("a", 1, ["ghost", "phantom"])])
except ValueError as e:
    print("ValueError:", e)
