# Closures called thousands of times, mutating nonlocal state that changes
# type, counters shared between closures, and late-binding closure cells.


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset(v):
        nonlocal count
        count = v

    return inc, get, reset


inc, get, reset = make_counter()
for i in range(3000):
    inc()
print(get())
reset(2 ** 63 - 5)
for i in range(10):
    inc()
print(get())
reset(0.25)
for i in range(1000):
    inc(0.5)
print(get())
reset("a")
for i in range(5):
    inc("b")
print(get())


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)], [lambda x: x + k for k in range(n)]


early, late = make_adders(10)
print(sum(f(1) for f in early * 100), sum(f(1) for f in late * 100))


# a closure over a loop variable that the enclosing function keeps changing
def outer():
    v = 0

    def peek():
        return v * 2

    out = []
    for i in range(2000):
        v = i
        if i % 500 == 0:
            out.append(peek())
    v = "xy"
    out.append(peek())
    return out


print(outer())


# nested closures three levels deep, all hot
def level1():
    a = [0]
    b = 0

    def level2():
        nonlocal b

        def level3(x):
            nonlocal b
            b += x
            a[0] += 1
            return b

        return level3

    f = level2()
    for i in range(1500):
        f(i % 7)
    return a[0], b


print(level1())


# a memoizing closure with a dict
def memo(fn):
    cache = {}
    hits = 0

    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r

    def stats():
        return hits, len(cache)

    return wrapper, stats


def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib, fib_stats = memo(slow_fib)
print(fib(90), fib(150))
for i in range(3000):
    fib(i % 120)
print(fib_stats())


# closures created in a hot loop and called once each
total = 0
for i in range(3000):
    def f(y, i=i):
        return y * i
    total += f(2)
print(total)

# closure whose cell is rebound between int, float, None and a function
def switcher():
    state = 1

    def use():
        if state is None:
            return "none"
        if callable(state):
            return state(3)
        return state + 1

    def set_(v):
        nonlocal state
        state = v

    return use, set_


use, set_ = switcher()
outs = []
for i in range(2000):
    outs.append(use())
    if i == 500:
        set_(1.5)
    elif i == 1000:
        set_(None)
    elif i == 1500:
        set_(lambda z: z * 11)
print(outs[499:503], outs[999:1003], outs[1499:1503], outs[-1])
