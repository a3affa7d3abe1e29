class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a!r}, {self.b!r})"
d = {Key(1, "x"): "first"}
d[Key(1, "x")] = "replaced"
d[Key(2, "y")] = "second"
print(d, len(d))
print(Key(2, "y") in d, Key(3, "z") in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__ is None)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, Plain() == Plain())
