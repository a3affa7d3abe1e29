class Event:
    kinds = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Event.kinds[kind] = cls
            cls.kind = kind

    def __init__(self, **data):
        self.data = data

    def apply(self, state):
        raise NotImplementedError

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.data.items())
        return f"{type(self).__name__}({args})"

class Opened(Event, kind="open"):
    def apply(self, state):
        state[self.data["acct"]] = 0

class Deposited(Event, kind="dep"):
    def apply(self, state):
        state[self.data["acct"]] += self.data["amount"]

class Withdrew(Event, kind="wd"):
    def apply(self, state):
        if state[self.data["acct"]] < self.data["amount"]:
            raise ValueError(f"overdraft on {self.data['acct']}")
        state[self.data["acct"]] -= self.data["amount"]

class Closed(Event, kind="close"):
    def apply(self, state):
        bal = state.pop(self.data["acct"])
        if bal:
            raise ValueError(f"closing {self.data['acct']} with balance {bal}")

LOG = ["open acct=A", "open acct=B", "dep acct=A amount=100", "wd acct=A amount=30", "dep acct=B amount=5",
       "wd acct=B amount=10", "xfer acct=A", "close acct=B", "dep acct=B amount=1", "close acct=A"]

def parse(line):
    kind, *pairs = line.split()
    cls = Event.kinds.get(kind)
    if cls is None:
        raise KeyError(kind)
    data = {}
    for p in pairs:
        k, v = p.split("=")
        data[k] = int(v) if v.isdigit() else v
    return cls(**data)

state = {}
applied = []
for line in LOG:
    try:
        ev = parse(line)
        ev.apply(state)
        applied.append(ev)
        print(f"{line:<24} ok    {state}")
    except KeyError as e:
        print(f"{line:<24} error KeyError {e}")
    except ValueError as e:
        print(f"{line:<24} error {e}")
print("kinds:", sorted(Event.kinds))
print("applied:", applied)
replay = {}
for ev in applied[:4]:
    ev.apply(replay)
print("replay first 4:", replay)
try:
    Event().apply({})
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
