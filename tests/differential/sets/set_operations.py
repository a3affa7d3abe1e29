a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 8], (0,)), a.intersection(range(3)), a.issubset(range(10)), {1, 2} <= a, {1, 2} < {1, 2})
print(a.isdisjoint({10, 11}), a >= {1}, a > a, a.issuperset([1, 2]))
c = set(a)
c |= {100}
c &= {1, 2, 100, 200}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
c.update([7, 8], {9})
print(c)
c.intersection_update({7, 8, 3})
print(c)
c.difference_update([7])
print(c)
c.symmetric_difference_update({8, 50})
print(c)
