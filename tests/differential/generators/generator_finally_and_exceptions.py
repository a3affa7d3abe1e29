log = []
def resource(name):
    log.append("open " + name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        log.append("close " + name)
for item in resource("a"):
    log.append("use " + item)
for item in resource("b"):
    log.append("use " + item)
    break
print(log)
log.clear()
def zipper():
    yield from zip(resource("x"), resource("y"))
print(list(zipper()))
print(log)
def gen_raises():
    yield 1
    raise ValueError("inside gen")
g = gen_raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
try:
    next(g)
except StopIteration:
    print("exhausted after exception")
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def return_in_finally():
    try:
        yield 1
        return "normal"
    finally:
        print("finally of return_in_finally")
g = return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def running_check():
    yield g2.gi_running
g2 = running_check()
print(g2.gi_running, next(g2), g2.gi_running)
def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
