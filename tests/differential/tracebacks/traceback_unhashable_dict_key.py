counts = {}
for pair in [(1, 2), [3, 4]]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
