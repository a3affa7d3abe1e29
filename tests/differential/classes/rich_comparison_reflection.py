class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"{self.v}.__lt__({other.v if isinstance(other, V) else other})")
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
    def __gt__(self, other):
        print(f"{self.v}.__gt__({other.v if isinstance(other, V) else other})")
        if not isinstance(other, V):
            return NotImplemented
        return self.v > other.v
    def __repr__(self):
        return f"V({self.v})"
print(V(1) < V(2))
print(V(1) > V(2))
try:
    print(V(1) < 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(5 < V(1))
except TypeError as e:
    print("TypeError:", e)
try:
    print(V(1) <= V(2))
except TypeError as e:
    print("TypeError:", e)
class Sub(V):
    def __gt__(self, other):
        print("Sub.__gt__")
        return True
print(V(1) < Sub(0))
print(sorted([V(3), V(1), V(2)]))
print(min(V(5), V(4)), max([V(1), V(9), V(3)]))
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs))
print(Ver("1.2") <= Ver("1.2"), Ver("2") >= Ver("1.9"), Ver("1") != Ver("1.0"))
