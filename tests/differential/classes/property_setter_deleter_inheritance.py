class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return f"{self.first} {self.last}"
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)
    @full.deleter
    def full(self):
        print("deleting full")
        self.first = self.last = ""
p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last)
del p.full
print(repr(p.full))
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)
class Employee(Person):
    @Person.full.getter
    def full(self):
        return "Emp " + self.first
e = Employee("Alan", "Turing")
print(e.full)
e.full = "Tim Berners-Lee"
print(e.first, e.last, e.full)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        if "_data" not in self.__dict__:
            self.computed += 1
            self._data = [1, 2, 3]
        return self._data
l = Lazy()
print(l.data, l.data, l.computed)
print(type(Person.full).__name__, Person.full.fget.__name__)
print(isinstance(Person.__dict__["full"], property))
class Validated:
    def _get(self):
        return self._x
    def _set(self, v):
        if not isinstance(v, int):
            raise TypeError(f"expected int, got {type(v).__name__}")
        self._x = v
    x = property(_get, _set, None, "the x")
v = Validated()
v.x = 5
print(v.x, Validated.x.__doc__)
try:
    v.x = "5"
except TypeError as e:
    print("TypeError:", e)
