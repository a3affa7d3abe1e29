def outer():
    x = 0
    log = []
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        log.append(("middle", x, r))
        return inner
    inner = middle()
    inner()
    log.append(("outer", x))
    def reset():
        nonlocal x
        old, x = x, -1
        return old
    log.append(("reset", reset(), x))
    return log
for entry in outer():
    print(entry)
def counter_factory():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    def peek():
        return count
    return inc, dec, peek
inc, dec, peek = counter_factory()
inc(); inc(5); dec()
print(peek())
inc2, _, peek2 = counter_factory()
inc2(100)
print(peek(), peek2())
def shadow():
    v = "outer"
    def f():
        v = "local"
        return v
    def g():
        nonlocal v
        v = "changed"
    f()
    r1 = v
    g()
    return r1, v
print(shadow())
def loop_closure():
    result = []
    n = 0
    def bump():
        nonlocal n
        n += 1
    while n < 5:
        bump()
        if n % 2:
            continue
        result.append(n)
    return result, n
print(loop_closure())
print(outer.__code__.co_freevars if hasattr(outer, "__code__") else ())
