class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")
    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"
f = Frozen(1, 2)
print(f)
try:
    f.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.y
except AttributeError as e:
    print("AttributeError:", e)
class Tracked:
    def __init__(self):
        super().__init__()
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
t = Tracked()
t.b = 2
del t.a
print(sorted(t.__dict__.items()))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Eq):
            return self.v == other.v
        return super().__eq__(other)
    __hash__ = object.__hash__
e1 = Eq(1)
print(e1 == Eq(1), e1 == 1, e1.__eq__(1), e1 != Eq(2), e1 == e1)
print(object.__eq__(e1, e1), object.__ne__(e1, Eq(1)))
class Named:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return "Named:" + self.name
    def __repr__(self):
        return f"Named({self.name!r})"
n = Named("n")
print(str(n), repr(n), n.__str__(), n.__repr__(), Named.__str__(n))
print(object.__str__(n), object.__repr__(n).startswith("<__main__.Named object at"))
print(object.__getattribute__(n, "name"), getattr(n, "__class__").__name__)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
a, b = Lt(1), Lt(2)
print(a.__lt__(b), b.__lt__(a), a.__gt__(b), Lt.__lt__(a, b))
print(a.__le__(b), a.__eq__(a), a.__ne__(b))
