fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def g():
            return i * 10
        out.append(g)
    i = 100
    return out
print([g() for g in make()])
def make2():
    out = []
    for i in range(3):
        def wrap(j):
            return lambda: j
        out.append(wrap(i))
    return out
print([g() for g in make2()])
def acc():
    total = 0
    fns = []
    for k in range(1, 4):
        def add(k=k):
            nonlocal total
            total += k
            return total
        fns.append(add)
    return fns, lambda: total
fns, get = acc()
for f in fns:
    print(f(), end=" ")
print(get())
for f in reversed(fns):
    print(f(), end=" ")
print(get())
adders = {name: (lambda n: (lambda x: x + n))(n) for name, n in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
gens = [(lambda: x) for x in "abc"]
print([g() for g in gens])
