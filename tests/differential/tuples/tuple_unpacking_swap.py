a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi)
a = b = c = 0
a, b, c = c + 1, a + 2, b + 3
print(a, b, c)
