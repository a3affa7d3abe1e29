def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        wrapper.misses += 1
        result = cache[args] = fn(*args)
        return result
    wrapper.hits = 0
    wrapper.misses = 0
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} of {fn.__name__} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return decorate

def tag(name, **attrs):
    def decorate(fn):
        def wrapper(*a, **k):
            extra = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
            return f"<{name}{extra}>{fn(*a, **k)}</{name}>"
        return wrapper
    return decorate

@memoize
def fib(n):
    "Fibonacci, memoized."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@count_calls
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(fib(80), fib.hits, fib.misses, fib.__name__, fib.__doc__)
print(slow_fib(15), slow_fib.calls)
print(grid_paths(16, 16), len(grid_paths.cache))

state = {"n": 0}
@retry(3, (ValueError,))
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return x * 2

print("flaky ->", flaky(21))
@retry(2)
def always_fails():
    raise OSError("disk gone")
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

@tag("b")
@tag("a", href="/x", cls="link")
def link(text):
    return text.upper()
print(link("hello"))
print([memoize(lambda x: x * x)(i) for i in range(5)])
