# functools.wraps and update_wrapper copy metadata and set __wrapped__
import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__(10, 20))
print(add.__wrapped__.__name__)


def plain(x):
    "plain doc"
    return x


plain.custom = 'attr'
plain.__dict__['other'] = 42


def wrapper(*a):
    return plain(*a)


result = functools.update_wrapper(wrapper, plain)
print(result is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.custom, wrapper.other)
print(wrapper.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def only_name(func):
    def inner():
        return func()
    functools.update_wrapper(inner, func, assigned=('__name__',), updated=())
    return inner


@only_name
def documented():
    "has docs"
    return 'ok'


print(documented.__name__, documented.__doc__, documented())


class Outer:
    def method(self):
        "method doc"
        return 'm'


def deco(f):
    @functools.wraps(f)
    def w(*args):
        return f(*args).upper()
    return w


Outer.method = deco(Outer.method)
print(Outer().method(), Outer.method.__qualname__, Outer.method.__doc__)


# Stacked decorators keep pointing at the original through __wrapped__.
@trace
@trace
def mul(a, b):
    "multiply"
    return a * b


print(mul(3, 4))
print(mul.__name__, mul.__doc__, mul.__wrapped__.__wrapped__.__name__)


def counter_deco(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@counter_deco
def square(x):
    return x * x


print([square(i) for i in range(4)], square.calls)


class Callable:
    "a callable object"
    def __call__(self):
        return 'called'


obj = Callable()


def wrap_obj():
    return obj()


functools.update_wrapper(wrap_obj, obj)
print(wrap_obj.__doc__, wrap_obj.__name__, wrap_obj())
