nums = range(-5, 16)
print([n for n in nums if n > 0 if n % 2 == 0 if n % 3])
print(["fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0) or str(n) for n in range(1, 16)])
print([(n, "neg" if n < 0 else "zero" if n == 0 else "pos") for n in (-1, 0, 1)])
grid = ["#..#", ".##.", "#..#"]
print([(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])
