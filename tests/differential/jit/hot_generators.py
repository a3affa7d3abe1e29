# Generators created and iterated thousands of times; send(), close(),
# throw(), yield from, and generators whose element types change.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(n):
    for x in count_up(n):
        yield x * x


total = 0
for k in range(2000):
    for v in count_up(k % 10):
        total += v
print("count_up", total)

total = 0
for k in range(500):
    total += sum(squares(k % 20))
print("squares", total)

# element types change between calls and inside a single generator
def mixed(n):
    for i in range(n):
        if i % 4 == 0:
            yield i
        elif i % 4 == 1:
            yield i * 0.5
        elif i % 4 == 2:
            yield 2 ** 64 + i
        else:
            yield -i


acc = 0
for k in range(300):
    for v in mixed(12):
        acc += v
print("mixed", acc, list(mixed(8)))


# send() driving an accumulator coroutine
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            break
        total += v
        count += 1
        avg = total / count
    return "done after %d" % count


g = averager()
next(g)
last = None
for i in range(3000):
    last = g.send(i % 100)
print("avg", last)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)


# close() runs finally blocks; GeneratorExit is visible inside
log = []


def guarded(tag):
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        log.append("exit-" + tag)
        raise
    finally:
        log.append("fin-" + tag)


s = 0
for k in range(1000):
    g = guarded(str(k % 3))
    for _ in range(k % 5 + 1):
        s += next(g)
    g.close()
print("guarded", s, len(log), log[:6])
g.close()
print(log[-2:])

# throw() into a hot generator
def catcher():
    caught = 0
    while True:
        try:
            yield caught
        except ValueError:
            caught += 1


g = catcher()
next(g)
r = 0
for i in range(2000):
    if i % 3 == 0:
        r = g.throw(ValueError("x"))
    else:
        r = next(g)
print("throw", r)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped KeyError", e)
print(next(g, "exhausted"))


# yield from with a return value
def inner(n):
    for i in range(n):
        yield i
    return n * 100


def outer(n):
    got = yield from inner(n)
    yield got


res = []
for k in range(1000):
    res.append(list(outer(k % 4)))
print(res[:5], len(res))

# generator expressions and early exit
found = 0
for k in range(2000):
    if any(x > 5 for x in range(k % 10)):
        found += 1
print("any", found, max(x % 13 for x in range(3000)))

# generator that raises after many yields
def flaky(n):
    for i in range(n):
        yield 100 // (n - 1 - i)


total = 0
try:
    for v in flaky(1500):
        total += v
except ZeroDivisionError as e:
    print("flaky", total, "ZeroDivisionError:", e)
