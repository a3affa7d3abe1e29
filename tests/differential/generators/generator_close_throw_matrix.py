def worker(log):
    log.append("start")
    try:
        while True:
            try:
                x = yield
                log.append(f"got {x}")
            except ValueError as e:
                log.append(f"handled {e}")
    except GeneratorExit:
        log.append("exit")
        raise
    finally:
        log.append("finally")
log = []
g = worker(log)
next(g)
g.send(1)
g.throw(ValueError("v1"))
g.send(2)
g.close()
g.close()
print(log)
log = []
g = worker(log)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(log, next(g, "exhausted"))
def unstarted():
    print("  never printed")
    yield
g = unstarted()
g.close()
print(next(g, "closed before start"))
g = unstarted()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw:", e)
def swallow_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = swallow_exit()
next(g)
print("close returns:", g.close())
def yield_in_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = yield_in_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_value():
    yield 1
    return "result"
g = returns_value()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def catch_and_yield():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield f"caught {type(e).__name__}"
g = catch_and_yield()
print(next(g), g.throw(TypeError), next(g), g.throw(IndexError("i")))
