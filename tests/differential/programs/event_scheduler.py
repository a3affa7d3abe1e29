class Event:
    def __init__(self, time, name, action, repeat=None):
        self.time = time
        self.name = name
        self.action = action
        self.repeat = repeat

    def __lt__(self, other):
        return (self.time, self.name) < (other.time, other.name)

    def __repr__(self):
        return f"Event({self.time}, {self.name!r})"


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.log = []

    def schedule(self, event):
        self.queue.append(event)
        self.queue.sort()

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = self.queue.pop(0)
            self.now = ev.time
            try:
                result = ev.action(self)
                self.log.append((self.now, ev.name, result))
            except Exception as e:
                self.log.append((self.now, ev.name, f"failed: {type(e).__name__}: {e}"))
            if ev.repeat:
                self.schedule(Event(ev.time + ev.repeat, ev.name, ev.action, ev.repeat))
        self.now = until


counter = {"ticks": 0}


def tick(s):
    counter["ticks"] += 1
    return counter["ticks"]


def report(s):
    return f"ticks so far: {counter['ticks']}"


def flaky(s):
    if s.now % 20 == 0:
        raise RuntimeError(f"failure at t={s.now}")
    return "fine"


sch = Scheduler()
sch.schedule(Event(0, "tick", tick, repeat=7))
sch.schedule(Event(10, "flaky", flaky, repeat=10))
sch.schedule(Event(25, "report", report))
sch.schedule(Event(5, "once", lambda s: "hello"))
sch.run(45)
for entry in sch.log:
    print(entry)
print("pending:", sch.queue, "now:", sch.now)
