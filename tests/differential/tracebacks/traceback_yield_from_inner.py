def inner():
    yield "i1"
    x = yield "i2"
    return 10 // x


def outer():
    r = yield from inner()
    yield "result %d" % r


g = outer()
print(next(g))
print(next(g))
print(g.send(5))
g = outer()
next(g)
next(g)
g.send(0)
