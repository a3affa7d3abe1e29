class CM:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is not None and issubclass(et, self.swallow)
with CM("a", (ValueError,)) as v:
    print("value", v)
    raise ValueError("x")
print("continued")
try:
    with CM("outer", (KeyError,)):
        with CM("inner", (ValueError,)):
            raise KeyError("k")
        print("not reached")
except KeyError:
    print("not reached either")
print("after nested")
try:
    with CM("b"):
        raise IndexError("propagates")
except IndexError as e:
    print("caught", e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
