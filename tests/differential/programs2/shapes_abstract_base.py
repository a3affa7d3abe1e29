import math

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__(f"circle r={r}")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name=None):
        super().__init__(name or f"rect {w}x{h}")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, f"square {side}")

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__(f"triangle {a}/{b}/{c}")
        self.sides = (a, b, c)

    def area(self):
        s = sum(self.sides) / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return float(sum(self.sides))

class Blob(Shape):
    pass

shapes = [Circle(1), Rect(3, 4), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("sorted:", sorted(shapes))
print("largest:", max(shapes))
print("isinstance Square/Rect:", isinstance(shapes[2], Rect), issubclass(Square, Shape))
print("MRO:", [c.__name__ for c in Square.__mro__])
for bad in (lambda: Blob("b").describe(), lambda: Blob("c").perimeter(), lambda: Triangle(1, 2, 10)):
    try:
        bad()
    except NotImplementedError as e:
        print("NotImplementedError:", repr(e), str(e) == "")
    except ValueError as e:
        print("ValueError:", e)
print("shapes created:", Shape.count)
print("total area:", round(sum(s.area() for s in shapes), 6))
