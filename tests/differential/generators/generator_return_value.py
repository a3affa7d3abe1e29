def gen():
    yield 1
    return 42
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)
def delegator():
    result = yield from gen()
    yield f"delegate saw {result}"
print(list(delegator()))
def empty():
    return "nothing"
    yield
print(list(empty()))
