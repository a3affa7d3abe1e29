def f(a, b=2, *args, c, d=4, **kw):
    """Doc of f."""
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__module__)
class K:
    def method(self):
        def inner():
            pass
        return inner
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(K.method.__qualname__, K().method().__qualname__)
print(K.s.__qualname__, K.c.__qualname__)
print(K.c.__self__.__name__, K().method.__self__.__class__.__name__)
print(K().method.__func__ is K.method)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def outer():
    def nested():
        pass
    return nested
print(outer().__qualname__)
f.custom = "attr"
print(f.custom, getattr(f, "missing", "dflt"))
print(callable(f), callable(K), callable(K()), callable(K().method))
def noop():
    pass
print(noop(), noop.__doc__, noop.__defaults__)
g = f
print(g.__name__, g is f, g == f)
