a = [1, [2, 3], 4]
b = a[:]
c = list(a)
d = a.copy()
b[0] = 100
c[1].append(99)
print(a, b, c, d)
print(a[1] is b[1], a is b)
e = a
e += [5]
print(a, e is a)
f = a
f = f + [6]
print(a, f, f is a)
g = [0] * 3
h = g
h *= 2
print(g, h is g)
