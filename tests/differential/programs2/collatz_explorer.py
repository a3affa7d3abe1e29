def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for x in reversed(path):
        length += 1
        cache[x] = length
    return cache[path[0]] if path else length

def sequence(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out

print("seq(27) length:", len(sequence(27)), "peak:", max(sequence(27)))
print("seq(6):", sequence(6))
best = max(range(1, 10000), key=collatz_len)
print("longest below 10000:", best, collatz_len(best))
records = []
record = 0
for i in range(1, 3000):
    l = collatz_len(i)
    if l > record:
        record = l
        records.append((i, l))
print("records:", records)
hist = {}
for i in range(1, 1000):
    b = collatz_len(i) // 20
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print(f"{b * 20:3d}-{b * 20 + 19:3d}: {hist[b]:4d} {'=' * (hist[b] // 10)}")
big = 2 ** 100 + 1
print("big start steps:", len(sequence(big)) - 1)
