class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
