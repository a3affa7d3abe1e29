class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.0.1"), Version("2.0") > Version("1.9"), Version("1.2") >= Version("1.2"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"))
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
class R:
    def __init__(self, n):
        self.n = n
    def __gt__(self, o):
        print("R.__gt__ called")
        return self.n > o
print(5 < R(10))
