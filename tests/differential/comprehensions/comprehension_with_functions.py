def square(n):
    return n * n
def is_even(n):
    return n % 2 == 0
print([square(n) for n in range(10) if is_even(n)])
words = ["Hello", "WORLD", "python", "Rust"]
print([w.lower() for w in words if not w.isupper()])
print({w: w[::-1] for w in words})
data = [("a", 3), ("b", 1), ("c", 2)]
print([name for name, _ in sorted(data, key=lambda p: p[1])])
print([str(i) + ":" + str(sum(range(i))) for i in range(5)])
