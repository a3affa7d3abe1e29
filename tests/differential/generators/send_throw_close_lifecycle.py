def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as e:
                print("  reset because", e)
                total, count, avg = 0.0, 0, None
                continue
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        print("  averager finally, count =", count)
    return ("done", count)
g = averager()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.throw(ValueError("bad sample")))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("stopped with", e.value)
print(g.send.__name__)
try:
    next(g)
except StopIteration as e:
    print("again stopped", e.value)
g2 = averager()
next(g2)
g2.send(1)
g2.close()
g2.close()
print("closed twice ok")
g3 = averager()
try:
    g3.send(1)
except TypeError as e:
    print("TypeError:", e)
g4 = averager()
try:
    g4.throw(KeyError("early"))
except KeyError as e:
    print("KeyError before start:", e)
try:
    next(g4)
except StopIteration:
    print("g4 is finished")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring close")
        yield 2
g5 = stubborn()
next(g5)
try:
    g5.close()
except RuntimeError as e:
    print("RuntimeError:", e)
