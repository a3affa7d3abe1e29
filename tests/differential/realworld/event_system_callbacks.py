class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"Event({self.name}: {items})"


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, name, priority=0):
        def register(func):
            self.handlers.setdefault(name, []).append((priority, len(self.handlers.get(name, [])), func))
            return func
        return register

    def off(self, name, func):
        before = len(self.handlers.get(name, []))
        self.handlers[name] = [h for h in self.handlers.get(name, []) if h[2] is not func]
        return before - len(self.handlers[name])

    def emit(self, name, **data):
        event = Event(name, **data)
        self.history.append(name)
        results = []
        for prio, _, func in sorted(self.handlers.get(name, []), key=lambda h: (-h[0], h[1])):
            try:
                result = func(event)
            except Exception as exc:
                results.append(f"{func.__name__} failed: {type(exc).__name__}: {exc}")
                continue
            if result is not None:
                results.append(result)
            if event.cancelled:
                results.append(f"cancelled by {func.__name__}")
                break
        for wildcard in self.handlers.get("*", []):
            wildcard[2](event)
        return results


bus = EventBus()
audit = []


@bus.on("*")
def audit_all(event):
    audit.append(event.name)


@bus.on("login", priority=10)
def check_banned(event):
    if event.data.get("user") == "mallory":
        event.cancel()
        return "banned user"


@bus.on("login")
def greet(event):
    return f"welcome {event.data['user']}"


@bus.on("login", priority=5)
def count_logins(event, counter={"n": 0}):
    counter["n"] += 1
    return f"login #{counter['n']}"


@bus.on("purchase")
def bill(event):
    total = event.data["qty"] * event.data["price"]
    return f"billed {total:.2f}"


@bus.on("purchase", priority=-1)
def broken(event):
    return event.data["coupon"].upper()


print(bus.emit("login", user="alice"))
print(bus.emit("login", user="mallory"))
print(bus.emit("purchase", qty=3, price=1.5))
print(bus.emit("logout", user="alice"))
print(bus.off("login", greet), bus.off("login", greet))
print(bus.emit("login", user="bob"))
print(audit)
print(bus.history)
e = Event("x", b=2, a=1)
print(e, e.cancelled)
