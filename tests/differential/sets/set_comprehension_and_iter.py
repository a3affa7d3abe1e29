squares = {x * x for x in range(-5, 6)}
print(squares, sorted(squares))
evens = {x for x in range(20) if x % 2 == 0}
print(evens)
chars = {c.upper() for c in "hello world" if c.isalpha()}
print(sorted(chars))
total = 0
for v in {10, 20, 30}:
    total += v
print(total)
print(sum({1, 2, 3}), max({5, 9, 2}), min({"b", "a"}), len({1, 1, 1}))
