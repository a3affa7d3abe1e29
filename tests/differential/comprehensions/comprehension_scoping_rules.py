x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)], {i: y for i in range(2)}, {y for _ in "ab"})
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    factor = 10
    try:
        scaled = [v * factor for v in base]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first_only = [factor for _ in range(1)] if False else None
print(C.doubled, C.scaled)
print([[i * j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(20) if i % 2 if i % 3])
print([y for x in [[1, 2], [3]] for y in x])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
def f():
    data = [1, 2, 3]
    return [d * m for d in data for m in (lambda: [1, 10])()]
print(f())
print({k: [v for v in range(k)] for k in range(4)})
print(sorted({(a, b) for a in "ab" for b in "ab" if a != b}))
gen = (i for i in range(3))
print([i for i in gen], [i for i in gen])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], list(zip(*matrix)))
print([c for c in "a1b2" if c.isdigit()] or ["none"], [*"ab", *[1]])
z = 5
def g():
    return [z * k for k in range(3)]
print(g())
