def gen():
    try:
        yield "first"
        yield "second"
    except ValueError as e:
        print("caught in gen:", e)
        yield "recovered"
    yield "end"


g = gen()
print(next(g))
print(g.throw(ValueError("thrown at first")))
print(next(g))
g = gen()
print(next(g), next(g))
print(g.throw(ValueError("thrown at second")))


def tracker():
    line = None
    while True:
        try:
            yield line
        except KeyError as e:
            line = f"KeyError {e} handled"


t = tracker()
next(t)
print(t.throw(KeyError("a")), t.throw(KeyError("b")))
t.close()
print("closed")
try:
    t.throw(KeyError("after close"))
except KeyError as e:
    print("raised directly:", e)
g = gen()
try:
    g.throw(TypeError, "old style args") if False else g.throw(TypeError("new style"))
except TypeError as e:
    print("TypeError from unstarted:", e)
print(list(g))
