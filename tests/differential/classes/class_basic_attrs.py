class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
q = Point(1, 1)
print(p, q, p.norm2(), Point.dims, p.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 10
print(p.dims, q.dims)
q.z = 99
print(q.z, hasattr(p, "z"))
print(Point.norm2(q), type(p).__name__, isinstance(p, Point))
print([p, q])
