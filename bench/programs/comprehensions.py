# Comprehensions at module level: list/dict/set comprehensions, nested and filtered, generator expressions into builtins

N = 6000

squares = [i * i for i in range(1000000)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(900) for j in range(i, 900, 7) if (i + j) % 3 == 0]
grid = [[(r * 31 + c * 17) % 101 for c in range(120)] for r in range(N)]
transposed = [[row[c] for row in grid] for c in range(120)]
col_max = [max(col) for col in transposed]
row_sums = [sum(row) for row in grid]
flat = [v for row in grid for v in row if v > 50]

index = {i: s for i, s in enumerate(row_sums)}
inverse = {}
for k, v in index.items():
    inverse.setdefault(v, []).append(k)
buckets = {k: len(v) for k, v in inverse.items() if len(v) > 1}
residues = {x % 997 for x in squares}
words = ["w%d_%d" % (i % 37, i % 11) for i in range(200000)]
vocab = {w for w in words}
lengths = {w: len(w) for w in vocab}
by_len = {n: sorted(w for w in vocab if lengths[w] == n) for n in set(lengths.values())}
upper_map = {w: w.upper() for w in words if w.endswith("_3")}
nested = [[[i * j * k % 10 for k in range(12)] for j in range(12)] for i in range(400)]
nested_total = sum(sum(sum(inner) for inner in mid) for mid in nested)

# repeated small comprehension work, like a hot loop in a real program
acc = 0
for rnd in range(40000):
    row = grid[rnd % N]
    scaled = [v * rnd for v in row]
    picked = [v for v in scaled if v & 4]
    lookup = {v: i for i, v in enumerate(picked)}
    uniq = {v % 64 for v in scaled}
    acc += len(picked) + len(lookup) + sum(uniq) + sum(x for x in row if x < 20)
    cond = [a if a > b else b for a, b in zip(row, reversed(row))]
    acc += sum(cond)

print("squares", len(squares), sum(evens) % 1000000007)
print("pairs", len(pairs), sum(i * j for i, j in pairs) % 1000003)
print("grid", sum(row_sums), max(col_max), len(flat))
print("buckets", len(buckets), sum(buckets.values()), "residues", len(residues))
print("vocab", len(vocab), [(n, len(ws), ws[0]) for n, ws in sorted(by_len.items())])
print("upper", len(upper_map), sorted(upper_map.values())[:3])
print("nested", nested_total, "acc", acc)
