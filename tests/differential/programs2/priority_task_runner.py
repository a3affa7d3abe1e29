import bisect

class Task:
    seq = 0

    def __init__(self, name, priority, duration, deps=()):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deps = set(deps)
        Task.seq += 1
        self.order = Task.seq

    def key(self):
        return (-self.priority, self.order)

    def __repr__(self):
        return f"Task({self.name}, p={self.priority})"

class Runner:
    def __init__(self, tasks):
        self.tasks = {t.name: t for t in tasks}
        self.done = []
        self.ready = []
        self.time = 0

    def refresh(self):
        for t in list(self.tasks.values()):
            if t.deps <= set(self.done):
                bisect.insort(self.ready, (t.key(), t.name))
                del self.tasks[t.name]

    def run(self):
        self.refresh()
        while self.ready:
            _, name = self.ready.pop(0)
            t = self.get(name)
            self.time += t.duration
            self.done.append(name)
            print(f"t={self.time:3d} finished {name:<8} (priority {t.priority})")
            self.refresh()
        if self.tasks:
            print("blocked:", sorted(self.tasks))

    def get(self, name):
        return self.all[name]

tasks = [Task("fetch", 5, 3), Task("parse", 4, 2, ["fetch"]), Task("lint", 1, 1), Task("test", 3, 5, ["parse"]),
         Task("docs", 1, 4, ["parse"]), Task("deploy", 9, 2, ["test", "lint"]), Task("notify", 2, 1, ["deploy"]),
         Task("orphan", 7, 1, ["missing"])]
r = Runner(tasks)
r.all = {t.name: t for t in tasks}
r.run()
print("order:", r.done)
scores = [12, 45, 67, 89, 90]
for s in (0, 45, 46, 100):
    print(s, bisect.bisect_left(scores, s), bisect.bisect_right(scores, s), bisect.bisect(scores, s))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], x)] for x in (33, 60, 75, 89, 90, 100)])
