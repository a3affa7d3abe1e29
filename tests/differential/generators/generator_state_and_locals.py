def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(20)])
g1 = fib()
g2 = fib()
next(g1)
next(g1)
print(next(g1), next(g2))
def accum(xs):
    acc = []
    for x in xs:
        acc.append(x)
        yield list(acc)
for snapshot in accum("abc"):
    print(snapshot)
