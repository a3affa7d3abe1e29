class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls
        cls.created = 0
    @classmethod
    def make(cls, *args):
        cls.created += 1
        return cls(*args)
    @classmethod
    def from_spec(cls, spec):
        kind, *nums = spec.split()
        return cls.registry[kind].make(*map(float, nums))
    @staticmethod
    def describe_all(shapes):
        return ", ".join(f"{s!r}={s.area():.2f}" for s in shapes)
class Circle(Shape, kind="circle"):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def __repr__(self):
        return f"Circle({self.r:g})"
class Rect(Shape, kind="rect"):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w:g}x{self.h:g})"
class Square(Rect, kind="square"):
    def __init__(self, s):
        super().__init__(s, s)
    def __repr__(self):
        return f"Square({self.w:g})"
shapes = [Shape.from_spec(s) for s in ["circle 1", "rect 2 3", "square 4", "circle 0.5"]]
print(Shape.describe_all(shapes))
print(sorted(Shape.registry))
print(Circle.created, Rect.created, Square.created)
print(Square.make(2).area(), Square.created, Rect.created)
print(isinstance(shapes[2], Rect), type(shapes[2]).__mro__[1].__name__)
