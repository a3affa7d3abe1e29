a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
xs = [10, 20, 30]
i, xs[i] = 1, 99
print(i, xs)
p = q = 5
p += 1
print(p, q)
(m, n), o = [1, 2], 3
print(m, n, o)
