class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def say(self, text):
        print("    " * self.level + text)

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(f"{exc_type.__name__}({exc})")
            return True
        return False

class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        print("  begin", self.snapshot)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  commit", self.store)
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rollback due to {exc_type.__name__}: {exc}")
        return exc_type is KeyError

class Tracer:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"{'  ' * Tracer.depth}enter {self.name}")
        Tracer.depth += 1
        return self.name.upper()

    def __exit__(self, *exc):
        Tracer.depth -= 1
        print(f"{'  ' * Tracer.depth}exit {self.name} exc={exc[0].__name__ if exc[0] else None}")

ind = Indenter()
with ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind as again:
            again.say("three")
    ind.say("back to one")
ind.say("zero")

sup = Suppress(ZeroDivisionError, KeyError)
with sup:
    1 / 0
with sup:
    {}["missing"]
try:
    with sup:
        int("x")
except ValueError as e:
    print("escaped:", e)
print("caught:", sup.caught)

db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
with Transaction(db) as s:
    s["c"] = 3
    raise KeyError("boom")
try:
    with Transaction(db) as s:
        s["d"] = 4
        raise ValueError("bad")
except ValueError:
    print("ValueError propagated")
print("db:", db)

with Tracer("outer") as a, Tracer("inner") as b:
    print("names:", a, b)
try:
    with Tracer("x"), Tracer("y"):
        raise IndexError
except IndexError:
    print("IndexError out")
def early():
    with Tracer("fn"):
        return "returned"
print(early())
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
