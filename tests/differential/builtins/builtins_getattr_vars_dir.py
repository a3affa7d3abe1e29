class Base:
    cls_attr = "base"
    def method(self):
        return "m"
class Thing(Base):
    other = 1
    def __init__(self):
        self.x = 1
        self._y = 2
t = Thing()
print(sorted(vars(t)), t.__dict__ == vars(t))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print("x" in dir(t), "method" in dir(Thing), "__init__" in dir(t))
print(getattr(t, "x"), getattr(t, "cls_attr"), getattr(Thing, "other"), getattr(t, "nope", None))
setattr(t, "dynamic name", 5)
print(getattr(t, "dynamic name"), sorted(vars(t)))
vars(t)["z"] = 26
print(t.z, hasattr(t, "z"))
t.__dict__.update(w=0)
print(t.w)
del t.__dict__["w"]
print(hasattr(t, "w"))
print(type(t).__name__, type(t).__bases__[0].__name__, Thing.__base__.__name__, Thing.__mro__[-1].__name__)
print(isinstance(t, Base), issubclass(Thing, (int, Base)), type(t) is Thing, type(t) == Base)
print(sorted(k for k in vars(Thing) if not k.startswith("__")), "cls_attr" in vars(Thing), "cls_attr" in vars(Base))
print(callable(getattr(t, "method")), getattr(t, "method")(), getattr(Thing, "method")(t))
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(id(t) == id(t), hash(t) == hash(t), t == t, t != Thing())
import math
print(sorted(n for n in dir(math) if n.startswith("is")), vars(math) is math.__dict__)
