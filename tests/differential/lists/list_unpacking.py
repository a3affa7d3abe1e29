a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
x, *mid, y = [1, 2]
print(x, mid, y)
(p, q), r = [[1, 2], 3]
print(p, q, r)
merged = [*range(3), *"ab", *[9]]
print(merged)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
