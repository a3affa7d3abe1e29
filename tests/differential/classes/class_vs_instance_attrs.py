class Counter:
    count = 0
    tags = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.tags.append(name)
    def bump(self):
        self.count += 1
        return self.count
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(a.bump(), a.bump(), Counter.count, a.count, b.count)
print(Counter.tags is a.tags, a.tags)
a.tags = ["own"]
print(a.tags, b.tags, Counter.tags)
del a.count
print(a.count)
Counter.count = 50
print(a.count, b.count)
print("count" in a.__dict__, "count" in vars(Counter))
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
    def describe(self):
        return super().describe().upper()
print([s().describe() for s in (Shape, Triangle, Square)])
Shape.sides = -1
t = Triangle()
print(t.describe(), Shape().describe())
Triangle.sides = property(lambda self: 33)
print(t.describe())
def method(self):
    return "patched " + self.name
Counter.greet = method
print(a.greet())
a.greet = lambda: "instance lambda"
print(a.greet(), b.greet())
print(sorted(k for k in vars(a)))
