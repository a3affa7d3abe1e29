a = [1, 2]
a.append(a)
print(a, len(repr(a)))
d = {"name": "root"}
d["self"] = d
d["list"] = [d, a]
print(d)
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
s = {"k": []}
s["k"].append(s["k"])
print(s)
t = (a, [a])
print(t)
nested = [[[[]]]]
nested[0][0][0].append(nested[0])
print(nested)
class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Box({self.items!r})"
bx = Box()
bx.items.append(bx.items)
bx.items.append(bx)
try:
    print(repr(bx))
except RecursionError:
    print("RecursionError")
print(str(a) == repr(a), f"{a}", "%s" % [a])
