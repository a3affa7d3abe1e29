a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
class Box:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return Box(self.v + other)
    def __repr__(self):
        return f"Box({self.v})"
x = Box(1)
y = x
x += 5
print(x, y, x is y)
x = x + 1
print(x, y)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
o = OnlyAdd(1)
p = o
o += 2
print(o, p, o is p)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 10
print(d)
class Obj:
    pass
ob = Obj()
ob.count = 0
for _ in range(3):
    ob.count += 1
print(ob.count)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
n = 7
n //= 2; print(n)
n **= 10; print(n)
n %= 1000; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n ^= 0xFF; print(n)
n |= 0x100; print(n)
n &= 0x1F0; print(n)
f = 7.0
f //= 2; print(f)
f /= 0.5; print(f)
f -= 0.1; print(f)
m = [1, 2, 3]
m *= 2
print(m)
i = 0
arr = [10, 20, 30]
def idx():
    global i
    print("idx called")
    return i
arr[idx()] += 5
print(arr)
