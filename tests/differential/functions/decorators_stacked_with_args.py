def tag(name):
    def deco(func):
        def wrapper(*a, **k):
            return f"<{name}>" + func(*a, **k) + f"</{name}>"
        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        return wrapper
    return deco
def repeat(n):
    def deco(func):
        def wrapper(*a, **k):
            return "".join(func(*a, **k) for _ in range(n))
        wrapper.__name__ = func.__name__
        return wrapper
    return deco
@tag("b")
@repeat(2)
@tag("i")
def hello(who="world"):
    """Say hello."""
    return "hi " + who
print(hello())
print(hello(who="bob"))
print(hello.__name__, hello.__doc__)
order = []
def trace(label):
    order.append("factory " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@trace("outer")
@trace("inner")
def f():
    pass
print(order)
def counting(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@counting
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]
@Memo
def slow_square(x):
    print("computing", x)
    return x * x
print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))
