def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return f"{n} is prime"
    return f"{n} = {d} * {n // d}"
print([find_divisor(n) for n in (2, 9, 17, 91, 97, 1)])
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    return None
g = [[1, 2], [3, 4], [5, 6]]
print(search(g, 4), search(g, 7), search([], 1))
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts == 3:
        continue
    if attempts == 10:
        break
else:
    print("while finished without break after", attempts)
n = 0
while True:
    n += 1
    if n > 3:
        break
print(n)
for i in []:
    pass
else:
    print("empty for runs else")
i = 10
while i:
    i //= 2
    print(i, end=" ")
print()
