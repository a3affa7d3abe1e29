def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


def counter(label):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            print(f"  [{label}] #{n}: {item}")
    except GeneratorExit:
        print(f"  [{label}] closing after {n} items")
        raise


def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


def primed(gen):
    next(gen)
    return gen


errors = primed(counter("errors"))
warns = primed(counter("warns"))
pipeline = primed(broadcast(primed(grep("ERROR", errors)), primed(grep("WARN", warns))))
for line in ["INFO ok", "WARN disk 80%", "ERROR db down", "WARN disk 90%", "ERROR again", "DEBUG x"]:
    pipeline.send(line)
errors.close()
warns.close()
try:
    pipeline.send("ERROR after close")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def running_stats():
    count, total, lo, hi = 0, 0.0, None, None
    while True:
        x = yield (count, total / count if count else None, lo, hi)
        if x is None:
            return count
        count += 1
        total += x
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi


s = running_stats()
print(next(s))
for v in [4, 8, 15, 16, 23, 42]:
    print(s.send(v))
try:
    s.send(None)
except StopIteration as e:
    print("final count", e.value)
