def inner():
    try:
        yield "inner-1"
        yield "inner-2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("inner finally")
def outer():
    yield "outer-start"
    yield from inner()
    yield "outer-end"
g = outer()
print(next(g))
print(next(g))
print(g.throw(KeyError("x")))
print(next(g))
print(list(g))
g2 = outer()
next(g2)
next(g2)
g2.close()
print("g2 closed")
