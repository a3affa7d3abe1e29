def make_accumulators():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(("add", x))
        return total

    def sub(x):
        nonlocal total
        total -= x
        history.append(("sub", x))
        return total

    def report():
        return total, list(history)

    return add, sub, report


add, sub, report = make_accumulators()
add(10)
sub(3)
add(5)
print(report())


def memo(f):
    cache = {}
    hits = 0

    def wrapped(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        cache[n] = f(n)
        return cache[n]

    wrapped.info = lambda: (len(cache), hits)
    return wrapped


@memo
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)


print(stairs(30), stairs.info())


def outer():
    x = 1

    def mid():
        def inner():
            return x
        return inner

    x = 2
    f = mid()
    x = 3
    return f


print(outer()())


def counter_gen():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    while True:
        yield inc()


g = counter_gen()
print(next(g), next(g), next(g))


def cell_after_loop():
    fs = []
    for i in range(3):
        j = i * 10
        fs.append(lambda: (i, j))
    return [f() for f in fs]


print(cell_after_loop())


def modify_via_list():
    state = [0]

    def bump():
        state[0] += 1

    for _ in range(4):
        bump()
    return state[0]


print(modify_via_list())
x = "module"


def read_global():
    return x


def shadow_global():
    x = "local"
    return read_global(), x


print(shadow_global())
