a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b, a is b)
c = a
c.add(99)
print(a)
a.clear()
print(a, c, b)
print(set(b), set(b) == b, set(b) is b)
