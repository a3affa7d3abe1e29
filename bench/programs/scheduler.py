# Object-heavy: discrete-event task scheduler simulation (classes, attribute access, hand-written heap)


class Task:
    def __init__(self, tid, priority, work, deps):
        self.tid = tid
        self.priority = priority
        self.remaining = work
        self.work = work
        self.deps = deps
        self.waiting_on = len(deps)
        self.dependents = []
        self.state = "blocked"
        self.started = -1
        self.finished = -1
        self.preemptions = 0

    def ready(self):
        return self.waiting_on == 0 and self.state == "blocked"


class Event:
    def __init__(self, time, seq, kind, payload):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.payload = payload

    def before(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class EventQueue:
    """Binary min-heap of Event objects ordered by (time, seq)."""

    def __init__(self):
        self.items = []
        self.seq = 0

    def push(self, time, kind, payload):
        ev = Event(time, self.seq, kind, payload)
        self.seq += 1
        items = self.items
        items.append(ev)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if items[i].before(items[parent]):
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            n = len(items)
            i = 0
            while True:
                left = 2 * i + 1
                if left >= n:
                    break
                best = left
                right = left + 1
                if right < n and items[right].before(items[left]):
                    best = right
                if items[best].before(items[i]):
                    items[i], items[best] = items[best], items[i]
                    i = best
                else:
                    break
        return top

    def __len__(self):
        return len(self.items)


class ReadyQueue:
    """Priority buckets; higher priority first, FIFO inside a bucket."""

    def __init__(self, levels):
        self.buckets = [[] for _ in range(levels)]
        self.heads = [0] * levels
        self.count = 0

    def add(self, task):
        self.buckets[task.priority].append(task)
        self.count += 1

    def take(self):
        for p in range(len(self.buckets) - 1, -1, -1):
            bucket = self.buckets[p]
            h = self.heads[p]
            if h < len(bucket):
                task = bucket[h]
                self.heads[p] = h + 1
                if self.heads[p] > 64 and self.heads[p] * 2 > len(bucket):
                    del bucket[:self.heads[p]]
                    self.heads[p] = 0
                self.count -= 1
                return task
        return None


class Worker:
    def __init__(self, wid, speed):
        self.wid = wid
        self.speed = speed
        self.current = None
        self.busy_time = 0
        self.completed = 0


class Simulator:
    QUANTUM = 7

    def __init__(self, tasks, workers, levels):
        self.tasks = tasks
        self.workers = workers
        self.ready = ReadyQueue(levels)
        self.events = EventQueue()
        self.now = 0
        self.done = 0
        self.log_hash = 0

    def record(self, a, b):
        self.log_hash = (self.log_hash * 1000003 + a * 31 + b) & 0xFFFFFFFFFFFF

    def start(self):
        for t in self.tasks:
            for d in t.deps:
                self.tasks[d].dependents.append(t.tid)
        for t in self.tasks:
            if t.ready():
                t.state = "ready"
                self.ready.add(t)
        self.events.push(0, "dispatch", None)

    def dispatch(self):
        for w in self.workers:
            if w.current is None:
                task = self.ready.take()
                if task is None:
                    return
                w.current = task
                task.state = "running"
                if task.started < 0:
                    task.started = self.now
                slice_work = min(task.remaining, self.QUANTUM * w.speed)
                duration = (slice_work + w.speed - 1) // w.speed
                task.remaining -= slice_work
                w.busy_time += duration
                self.events.push(self.now + duration, "slice_end", w)
                self.record(task.tid, w.wid)

    def slice_end(self, w):
        task = w.current
        w.current = None
        if task.remaining <= 0:
            task.state = "done"
            task.finished = self.now
            w.completed += 1
            self.done += 1
            for dep_id in task.dependents:
                d = self.tasks[dep_id]
                d.waiting_on -= 1
                if d.ready():
                    d.state = "ready"
                    self.ready.add(d)
        else:
            task.state = "ready"
            task.preemptions += 1
            self.ready.add(task)
        self.events.push(self.now, "dispatch", None)

    def run(self):
        self.start()
        steps = 0
        while len(self.events) > 0:
            ev = self.events.pop()
            self.now = ev.time
            steps += 1
            if ev.kind == "dispatch":
                self.dispatch()
            else:
                self.slice_end(ev.payload)
        return steps


def build_tasks(n, levels, seed):
    state = seed
    tasks = []
    for tid in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        priority = state % levels
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        work = 5 + state % 60
        deps = []
        if tid > 10:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ndeps = state % 3
            for _ in range(ndeps):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                d = tid - 1 - state % min(tid, 50)
                if d not in deps:
                    deps.append(d)
        tasks.append(Task(tid, priority, work, deps))
    return tasks


def main():
    levels = 5
    grand = 0
    for round_no in range(6):
        tasks = build_tasks(17000, levels, 12345 + round_no)
        workers = [Worker(i, 1 + i % 3) for i in range(4 + round_no)]
        sim = Simulator(tasks, workers, levels)
        steps = sim.run()
        makespan = sim.now
        latency = 0
        preempt = 0
        for t in tasks:
            latency += t.finished - t.started
            preempt += t.preemptions
        per_worker = " ".join("%d:%d/%d" % (w.wid, w.completed, w.busy_time) for w in workers)
        print("round %d: done=%d steps=%d makespan=%d latency=%d preempt=%d hash=%d"
              % (round_no, sim.done, steps, makespan, latency, preempt, sim.log_hash))
        print("  workers", per_worker)
        grand += makespan + latency
    print("grand", grand)


main()
