class Registry:
    def __init__(self):
        self.handlers = {"start": lambda: "started", "stop": lambda: "stopped"}
    def dispatch(self, event):
        return self.handlers[event]()
r = Registry()
print(r.dispatch("start"))
print(r.dispatch("restart"))
