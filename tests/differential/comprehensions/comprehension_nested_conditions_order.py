log = []
def check(tag, v):
    log.append(f"{tag}{v}")
    return v
res = [(x, y) for x in range(3) if check("x", x) != 1 for y in range(3) if check("y", y) > x]
print(res)
print(log)
log.clear()
d = {check("k", k): check("v", k * k) for k in range(3)}
print(d, log)
log.clear()
s = {check("s", v % 3) for v in range(5)}
print(sorted(s), log)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([y for x in ["ab", "", "cde"] for y in x or ["<empty>"]])
print(list(x for x in range(10) if x % 2 if x % 3))
print([i if i % 2 else -i for i in range(6)], [c for c in "Hello World" if c.isupper() or c == "o"])
