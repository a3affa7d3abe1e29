matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([[row[c] for row in matrix] for c in range(len(matrix[0]))])
print([x for row in matrix for x in row if x % 3 == 0])
print([[x if x % 2 else -x for x in row] for row in matrix])
print({(r, c): matrix[r][c] for r in range(3) for c in range(4) if r == c})
print({x % 4 for row in matrix for x in row}, sum(sum(r) for r in matrix))
words = ["apple", "banana", "avocado", "blueberry", "cherry", "apricot"]
by_letter = {ch: [w for w in words if w[0] == ch] for ch in sorted({w[0] for w in words})}
print(by_letter)
print({w: {c: w.count(c) for c in sorted(set(w)) if w.count(c) > 1} for w in words if len(set(w)) < len(w)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([i for i in range(30) if all(i % p for p in range(2, int(i ** 0.5) + 1)) and i > 1])
flat = [y for x in [[1, [2]], [3, [4, 5]]] for y in (x[0], *x[1])]
print(flat)
print(list(zip(*[[i * j for j in range(1, 4)] for i in range(1, 4)])))
pairs = [(k, v) for k, v in {"b": 2, "a": 1}.items()]
print(sorted(pairs), dict(pairs), [k * v for k, v in pairs])
print([[c for c in w if c in "aeiou"] for w in words[:3]], ["".join(reversed(w)) for w in words if "rr" in w])
print(max(((len(w), w) for w in words)), min(words, key=lambda w: (len(w), w)))
counts = {}
_ = [counts.__setitem__(len(w), counts.get(len(w), 0) + 1) for w in words] if False else None
for w in words:
    counts[len(w)] = counts.get(len(w), 0) + 1
print(sorted(counts.items()))
