# Nested integer loops at module level: small-int arithmetic, modulo, comparisons, globals

N = 420
total = 0
triples = 0
checksum = 0

# Count Pythagorean-like triples and accumulate a mixing checksum over a 3-deep nest.
for a in range(1, 160):
    aa = a * a
    for b in range(a, 160):
        s = aa + b * b
        for c in range(b, 225):
            cc = c * c
            if cc == s:
                triples += 1
                checksum = (checksum * 31 + a * 7 + b * 3 + c) % 1000000007
            elif cc > s:
                break

# Integer "matrix product" with generated entries, all in nested loops.
M = 48
A = []
B = []
for i in range(M):
    row_a = []
    row_b = []
    for j in range(M):
        row_a.append((i * 17 + j * 5) % 23 - 11)
        row_b.append((i * 3 + j * 13) % 19 - 9)
    A.append(row_a)
    B.append(row_b)

C = []
for i in range(M):
    Ai = A[i]
    row = []
    for j in range(M):
        acc = 0
        for k in range(M):
            acc += Ai[k] * B[k][j]
        row.append(acc)
    C.append(row)

for i in range(M):
    for j in range(M):
        total += C[i][j] * ((i ^ j) & 7)

# Collatz-style step counting with while loops inside a for loop.
steps = 0
longest = 0
longest_at = 0
for n in range(1, 100000):
    x = n
    k = 0
    while x != 1:
        if x & 1:
            x = 3 * x + 1
        else:
            x >>= 1
        k += 1
    steps += k
    if k > longest:
        longest = k
        longest_at = n

print("triples", triples, "checksum", checksum)
print("matrix total", total)
print("collatz steps", steps, "longest", longest, "at", longest_at)
