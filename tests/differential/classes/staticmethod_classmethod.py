class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter()
Counter.create()
s = Sub.create()
print(Counter.how_many(), Sub.how_many(), s.how_many())
print(Counter.add(2, 3), s.add(4, 5), type(s).__name__)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)
    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"
print(Date.parse("2024-02-29"))
