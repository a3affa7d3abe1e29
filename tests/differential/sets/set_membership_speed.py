big = set(range(0, 100000, 3))
hits = 0
for i in range(100000):
    if i in big:
        hits += 1
print(hits, len(big))
print(99999 in big, 99998 in big, -3 in big)
