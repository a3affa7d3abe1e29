class EventBus:
    def __init__(self):
        self._subs = {}
        self.history = []

    def subscribe(self, event, handler, priority=0):
        self._subs.setdefault(event, []).append((priority, len(self._subs.get(event, [])), handler))
        self._subs[event].sort(key=lambda t: (-t[0], t[1]))
        return lambda: self.unsubscribe(event, handler)

    def unsubscribe(self, event, handler):
        before = len(self._subs.get(event, []))
        self._subs[event] = [t for t in self._subs.get(event, []) if t[2] is not handler]
        return before - len(self._subs[event])

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, h in list(self._subs.get(event, [])):
            try:
                r = h(**payload)
            except StopIteration:
                results.append("<stopped>")
                break
            except Exception as e:
                results.append(f"<{type(e).__name__}: {e}>")
                continue
            results.append(r)
        return results

class Counter:
    def __init__(self, name):
        self.name = name
        self.seen = 0

    def __call__(self, **kw):
        self.seen += 1
        return f"{self.name}#{self.seen} {sorted(kw.items())}"

bus = EventBus()
log = []
c1, c2 = Counter("c1"), Counter("c2")
unsub = bus.subscribe("save", c1)
bus.subscribe("save", c2, priority=5)
bus.subscribe("save", lambda **kw: log.append(kw) or len(log), priority=1)
def failing(**kw):
    raise KeyError(kw.get("name"))
bus.subscribe("save", failing, priority=2)
def stopper(**kw):
    raise StopIteration
bus.subscribe("quit", stopper)
bus.subscribe("quit", Counter("never"), priority=-1)

print(bus.emit("save", name="a.txt", size=10))
print(bus.emit("save", name="b.txt"))
print("unsub removed:", unsub())
print(bus.emit("save", name="c.txt"))
print(bus.emit("quit"))
print(bus.emit("nothing"))
print("log:", log)
print("counters:", c1.seen, c2.seen)
print("history:", bus.history)
