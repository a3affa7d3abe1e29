class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
class TimestampLogger(Logger):
    def __init__(self):
        super().__init__()
        self.t = 0
    def log(self, msg):
        self.t += 1
        super().log(f"[t={self.t}] {msg}")
class UpperLogger(TimestampLogger):
    def log(self, msg):
        super(UpperLogger, self).log(msg.upper())
u = UpperLogger()
u.log("start")
u.log("stop")
print(u.lines)
print(isinstance(u, Logger), UpperLogger.__mro__[1].__name__)
