class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"eq {self.name}=={getattr(other, 'name', other)}")
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("A"): 1}
print(d[Key("a")])
d[Key("a")] = 2
print(d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Child(Key):
    pass
print(hash(Child("Q")) == hash(Key("q")))
class EqOnlyChild(Key):
    def __eq__(self, other):
        return False
print(EqOnlyChild.__hash__ is None)
class NotImpl:
    def __eq__(self, other):
        return NotImplemented
n = NotImpl()
print(n == n, n == 1, n != n, 1 == n)
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, (int, float)):
            return self.v == other
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented
    __hash__ = None
print(Num(3) == 3, 3 == Num(3), Num(3) != 3, Num(2) == Num(2), Num(1) == "1")
print(Num(1) in [0, 1], [Num(1)].index(1), [1, 2, 1].count(Num(1)))
print(1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b", True: "c"})
