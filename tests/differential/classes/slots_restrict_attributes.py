# __slots__: instances take only the listed attributes; subclasses without __slots__ do not.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x += 10
print(p.x, p.y)
for name in ("z", "__weird__"):
    try:
        setattr(p, name, 3)
        print("set", name)
    except AttributeError as e:
        print("AttributeError:", e)
class Q(P):
    __slots__ = "z"
q = Q(1, 2)
q.z = 5
print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class Free(P):
    pass
f = Free(1, 2)
f.anything = 7
print(f.anything)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
class One:
    __slots__ = "only"
o = One()
try:
    print(o.only)
except AttributeError as e:
    print("AttributeError:", e)
o.only = 1
del o.only
try:
    del o.only
except AttributeError as e:
    print("AttributeError:", e)
for bad in ((1, 2), ["a", 3]):
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class Counter:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 0
    def add(self):
        self.n += 1
c = Counter()
for _ in range(5000):
    c.add()
print(c.n)
try:
    c.m = 1
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__=("a",)
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v)
s=S()
s.a=1
print(s.a)
try:
    s.b=2
except AttributeError as e:
    print(e)
