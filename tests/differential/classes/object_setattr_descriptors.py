# object.__setattr__ / object.__delattr__ go through properties and data descriptors, and
# skip only the class's own __setattr__ / __delattr__.


class Positive:
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, None)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.slot[1:]} must be positive, got {value}")
        obj.__dict__[self.slot] = value

    def __delete__(self, obj):
        print("deleting", self.slot)
        del obj.__dict__[self.slot]


class Frozen:
    size = Positive()

    def __init__(self, size, label):
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "label", label)

    @property
    def area(self):
        return self.size * self.size

    @area.setter
    def area(self, v):
        object.__setattr__(self, "size", int(v ** 0.5))

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")


f = Frozen(3, "sq")
print(f.size, f.label, f.area, sorted(vars(f)))
try:
    f.size = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    Frozen(-1, "bad")
except ValueError as e:
    print("ValueError:", e)
object.__setattr__(f, "area", 49)
print(f.size, f.area)
try:
    object.__setattr__(f, "size", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    del f.label
except AttributeError as e:
    print("AttributeError:", e)
object.__delattr__(f, "size")
print(f.size, sorted(vars(f)))
object.__delattr__(f, "label")
print(hasattr(f, "label"))
try:
    object.__delattr__(f, "label")
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(f, "area", "x")
except TypeError as e:
    print("TypeError:", e)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
try:
    object.__setattr__(r, "value", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__delattr__(r, "value")
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __delattr__(self, name):
        print("custom delattr", name)
        object.__delattr__(self, name)


g = Logged()
g.x = 1
del g.x
print(hasattr(g, "x"))
