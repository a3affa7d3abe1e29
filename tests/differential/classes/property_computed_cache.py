class Circle:
    def __init__(self, r):
        self._r = r
        self._area = None
        self.computations = 0
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, v):
        self._r = v
        self._area = None
    @r.deleter
    def r(self):
        print("deleting r")
        del self._r
    @property
    def area(self):
        if self._area is None:
            self.computations += 1
            self._area = 3 * self._r * self._r
        return self._area
c = Circle(2)
print(c.area, c.area, c.computations)
c.r = 3
print(c.area, c.area, c.computations)
del c.r
print(hasattr(c, "_r"))
print(type(Circle.area).__name__)
