def counter_factory(start=0, step=1):
    state = {"n": start}
    def nxt():
        v = state["n"]
        state["n"] += step
        return v
    def reset():
        state["n"] = start
    return nxt, reset
nxt, reset = counter_factory(10, 5)
print(nxt(), nxt(), nxt())
reset()
print(nxt())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
