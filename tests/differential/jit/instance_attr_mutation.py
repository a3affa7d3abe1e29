# Instance attributes added, deleted and rewritten (including via __dict__)
# while a hot function reads them.


class P:
    def __init__(self, x):
        self.x = x


def getx(p):
    return p.x


def gety(p, default):
    try:
        return p.y
    except AttributeError:
        return default


ps = [P(i) for i in range(10)]
total = 0
for i in range(3000):
    p = ps[i % 10]
    total += getx(p)
    if i == 1000:
        for q in ps:
            q.y = 100
    if i == 2000:
        for q in ps[::2]:
            del q.y
print(total)
print([gety(q, -1) for q in ps])

ys = 0
for i in range(2000):
    p = ps[i % 10]
    ys += gety(p, 0)
    if i == 777:
        p.y = 5
print(ys)

# attribute added in one instance only, and a different attribute order
a = P(1)
b = P(2)
b.z = 3
a.z = 4
b.w = 5
print(sorted(a.__dict__.items()), sorted(b.__dict__.items()))
print(list(a.__dict__), list(b.__dict__))

# __dict__ manipulation in a hot loop
c = P(0)
out = []
for i in range(2000):
    out.append(getx(c))
    if i % 400 == 399 and i < 1500:
        c.__dict__["x"] = c.x + 1000
    if i == 1500:
        c.__dict__.update({"x": "str", "extra": i})
print(out[398:402], out[1499:1502], out[-1])
print(sorted(c.__dict__))
del c.__dict__["extra"]
print(list(c.__dict__), hasattr(c, "extra"))
c.__dict__.clear()
try:
    getx(c)
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["x"] = 7
print(getx(c), vars(c))

# setattr/getattr/delattr with computed names
d = P(1)
names = ["a%d" % k for k in range(12)]
for i in range(1200):
    n = names[i % 12]
    setattr(d, n, getattr(d, n, 0) + i)
print(sum(getattr(d, n) for n in names), len(vars(d)))
for i, n in enumerate(names):
    if i % 3 == 0:
        delattr(d, n)
print(sorted(vars(d)))
print([hasattr(d, n) for n in names])
try:
    delattr(d, "a0")
except AttributeError as e:
    print("AttributeError:", e)

# class attribute read through the instance; then shadowed per instance
class Q:
    k = 1


qs = [Q() for _ in range(5)]
s = 0
for i in range(1500):
    q = qs[i % 5]
    s += q.k
    if i == 500:
        qs[2].k = 10
    if i == 1000:
        Q.k = 100
print(s, [q.k for q in qs])
del qs[2].k
print([q.k for q in qs])
