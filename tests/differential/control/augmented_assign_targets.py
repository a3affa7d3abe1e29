xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 3
print(xs)
d = {"a": 1}
d["a"] += 5
d.setdefault("b", 0)
d["b"] -= 2
print(d)
class C:
    def __init__(self):
        self.v = 1
c = C()
c.v += 41
c.v //= 2
print(c.v)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
