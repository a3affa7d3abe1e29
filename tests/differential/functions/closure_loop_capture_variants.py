late = [lambda: i for i in range(3)]
print("late binding:", [f() for f in late])
bound = [lambda i=i: i for i in range(3)]
print("default arg:", [f() for f in bound])
def make(n):
    return lambda: n
factory = [make(i) for i in range(3)]
print("factory:", [f() for f in factory])
funcs = []
for i in range(3):
    def g():
        return i * 10
    funcs.append(g)
i = 99
print("loop def after rebinding:", [f() for f in funcs])
def outer():
    acc = []
    for k in range(3):
        acc.append(lambda: k)
    k = "changed"
    return [f() for f in acc]
print("outer:", outer())
def while_capture():
    out = []
    n = 0
    while n < 3:
        out.append(lambda n=n: n * n)
        n += 1
    return [f() for f in out]
print("while:", while_capture())
def counter_cells():
    cells = []
    for name in ("a", "b"):
        count = 0
        def inc():
            nonlocal count
            count += 1
            return f"{name}:{count}"
        cells.append(inc)
    return cells
c1, c2 = counter_cells()
print(c1(), c1(), c2(), c1())
gens = [(x for _ in range(1)) for x in "pq"]
print([next(g) for g in gens])
adders = {op: (lambda a, op=op: a + op) for op in (1, 10)}
print(adders[1](5), adders[10](5))
