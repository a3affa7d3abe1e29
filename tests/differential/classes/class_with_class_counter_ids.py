class Ticket:
    _next = 1
    def __init__(self, title):
        self.id = Ticket._next
        Ticket._next += 1
        self.title = title
        self.closed = False
    def close(self):
        if self.closed:
            raise RuntimeError(f"ticket {self.id} already closed")
        self.closed = True
    def __repr__(self):
        state = "closed" if self.closed else "open"
        return f"#{self.id} {self.title!r} [{state}]"
ts = [Ticket(t) for t in ["bug", "feature", "docs"]]
ts[1].close()
print(ts)
try:
    ts[1].close()
except RuntimeError as e:
    print("RuntimeError:", e)
print([t.id for t in ts if not t.closed])
