def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate
def validate_types(*types):
    def decorate(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}() argument {i} must be {t.__name__}, not {type(a).__name__}")
            return fn(*args)
        return wrapper
    return decorate
def call_log(prefix="call"):
    log = []
    def decorate(fn):
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            log.append(f"{prefix} {fn.__name__}({', '.join(parts)})")
            return fn(*args, **kwargs)
        wrapper.log = log
        return wrapper
    return decorate
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@repeat(3)
def greet(name):
    return f"hi {name}"
@validate_types(int, str)
def label(n, s):
    return f"{s}#{n}"
@call_log("->")
def add(a, b=0):
    return a + b
@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env
print(greet("bo"), greet.__name__)
print(label(3, "x"))
try:
    label("3", "x")
except TypeError as e:
    print("TypeError:", e)
add(1, 2); add(5); add(a=1, b=3)
print(add.log)
print(Config("prod").env, Config("test").env, Config() is Config())
def stacked(fn):
    return call_log("outer")(repeat(2)(fn))
@stacked
def square(x):
    return x * x
print(square(4), square.log)
