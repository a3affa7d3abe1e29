vals = [0.1] * 10
print(sum(vals))
acc = 0.0
for v in vals:
    acc += v
print(acc, acc == 1.0)
print(sum([1e100, 1.0, -1e100]), sum(range(101)), sum([0.5, 0.25], 1))
print(1.1 + 2.2, 3.3 - 1.1, 0.7 * 3, 4.35 * 100, 1.15 * 100)
print(round(4.35 * 100), round(2.675, 2))
