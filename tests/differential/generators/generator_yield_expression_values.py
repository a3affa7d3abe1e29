def g():
    x = yield 1
    print("x =", x)
    y = yield x * 2 if x is not None else -1
    print("y =", y)
    z = yield
    print("z =", z)
it = g()
print(next(it))
print(it.send(5))
print(next(it))
try:
    it.send("last")
except StopIteration:
    print("done")
