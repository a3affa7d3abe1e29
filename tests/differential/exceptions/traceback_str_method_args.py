words = ["alpha", "beta"]
print(", ".join(words))
counts = [1, 2]
print(", ".join(counts))
