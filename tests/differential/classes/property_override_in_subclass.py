class Shape:
    def __init__(self, size):
        self._size = size
    @property
    def size(self):
        return self._size
    @size.setter
    def size(self, v):
        if v <= 0:
            raise ValueError("size must be positive")
        self._size = v
    @property
    def area(self):
        return self.size ** 2
class Doubled(Shape):
    @property
    def size(self):
        return super().size * 2
class ReadOnly(Shape):
    size = property(Shape.size.fget)
class Logged(Shape):
    @Shape.size.setter
    def size(self, v):
        print(f"  set size {v}")
        Shape.size.fset(self, v)
class Plain(Shape):
    size = 3
for cls in (Shape, Doubled, ReadOnly, Logged, Plain):
    obj = cls(4)
    try:
        obj.size = 5
        r = "set ok"
    except AttributeError as e:
        r = f"AttributeError: {e}"
    except ValueError as e:
        r = f"ValueError: {e}"
    print(f"{cls.__name__:<9} size={obj.size} area={obj.area} -> {r}")
s = Shape(2)
try:
    s.size = -1
except ValueError as e:
    print("ValueError:", e)
try:
    del s.size
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.area = 10
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Shape.size, property), Shape.size.fset is not None, ReadOnly.size.fset)
