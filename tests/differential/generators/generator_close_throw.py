def worker():
    try:
        n = 0
        while True:
            try:
                yield n
                n += 1
            except ValueError as e:
                print("worker handled", e)
                n = 100
    finally:
        print("worker cleanup")
w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def simple():
    yield 1
    yield 2
s = simple()
next(s)
try:
    s.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
def refuses():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
r = refuses()
next(r)
r.close()
unstarted = simple()
unstarted.close()
print(list(unstarted))
