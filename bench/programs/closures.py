# Closures and higher-order functions: nonlocal counters, function factories, compose/curry, map/filter with lambdas

def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = f(n)
        cache[n] = r
        return r
    return wrapper


def fold(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc


def make_accumulators(n):
    # classic late-binding trap avoided with default args
    return [lambda x, k=k: x * k + k for k in range(n)]


def make_adder_chain(n):
    fns = []
    for i in range(n):
        def add(x, i=i):
            return x + i
        fns.append(add)
    return compose(*fns)


def partial(f, *bound):
    def g(*rest):
        return f(*(bound + rest))
    return g


def main():
    counters = [make_counter(k) for k in range(1, 6)]
    for _ in range(350000):
        for c in counters:
            c()
    print("counters", [c() for c in counters])

    pipeline = compose(lambda x: x + 1, lambda x: x * 3, lambda x: x - 2, abs)
    total = 0
    for i in range(-580000, 580000):
        total += pipeline(i)
    print("compose", total)

    vol = curry3(lambda x, y, z: x * y + z)
    s = 0
    for i in range(1600):
        fx = vol(i)
        for j in range(100):
            fy = fx(j)
            s += fy(i - j)
    print("curry", s)

    @memoize
    def ways(n):
        if n < 0:
            return 0
        if n == 0:
            return 1
        return ways(n - 1) + ways(n - 3) + ways(n - 7)
    memo_sum = 0
    for n in range(0, 3000, 10):  # grow the cache gradually to keep recursion shallow
        memo_sum = (memo_sum + ways(n)) % 1000000007
    print("memo", ways(3000) % 1000000007, memo_sum)

    accs = make_accumulators(40)
    r = 0
    for x in range(52000):
        for f in accs[::5]:
            r += f(x)
    print("accumulators", r)

    chain = make_adder_chain(30)
    print("adder chain", sum(chain(x) for x in range(170000)))

    mul3 = partial(lambda a, b, c: a * b - c, 3)
    evens = list(filter(lambda v: v % 2 == 0, map(lambda v: mul3(v, v // 3), range(900000))))
    print("partial/map/filter", len(evens), sum(evens))
    print("fold", fold(lambda a, b: (a * 31 + b) % 1000003, range(1700000), 1))

    def outer():
        x = 0
        def mid():
            y = 1
            def inner():
                nonlocal x, y
                x += y
                y += 1
                return x
            return inner
        return mid()
    deep = outer()
    last = 0
    for _ in range(1150000):
        last = deep()
    print("nested nonlocal", last)


main()
