def f(a, b=1, *args, c, d=2, **kw):
    """Docstring of f."""
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__qualname__)
class K:
    def m(self):
        pass
    class Inner:
        def n(self):
            pass
print(K.m.__name__, K.m.__qualname__, K.Inner.n.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
f.custom = "attr"
print(f.custom)
print(callable(f), callable(3))
