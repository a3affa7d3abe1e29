class Point:
    def __init__(self, x, y, *, label=None):
        self.x, self.y, self.label = x, y, label


p = Point(1, 2, label="p")
print(p.x, p.y, p.label)
q = Point(1, 2, "q")
