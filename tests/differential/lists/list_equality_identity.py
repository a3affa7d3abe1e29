a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b, a is a)
c = a
c[0] = 0
print(a, b, a == b)
print([] == [], [] is [], [None] == [None])
print([1, 2] * 0 == [], [1] + [] == [1])
