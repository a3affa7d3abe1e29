print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(list(range(-5, 5, 2)), list(range(0, -10, -4)))
r = range(3, 30, 4)
print(r, len(r), r[2], r[-1], r[1:4], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 2))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(range(1, 10, 2))), range(10 ** 20)[-1])
