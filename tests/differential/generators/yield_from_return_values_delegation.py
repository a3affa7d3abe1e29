def leaf(name, n):
    got = []
    for i in range(n):
        x = yield f"{name}{i}"
        got.append(x)
    return f"{name}:{got}"
def branch():
    a = yield from leaf("a", 2)
    print("  branch got", a)
    b = yield from leaf("b", 1)
    print("  branch got", b)
    c = yield from []
    print("  empty yield from ->", c)
    d = yield from (x for x in [10, 20])
    print("  iter yield from ->", d)
    return a, b
def root():
    result = yield from branch()
    print("  root got", result)
    return "root-done"
g = root()
out = [next(g)]
i = 0
while True:
    try:
        out.append(g.send(i))
        i += 1
    except StopIteration as e:
        print("final", e.value)
        break
print(out)
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("  sub handled KeyError")
        yield "recovered"
    finally:
        print("  sub finally")
def deleg():
    r = yield from sub()
    yield "after sub"
g = deleg()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))
g = deleg()
next(g)
g.close()
print("closed deleg")
def gen_returning_generator_value():
    x = yield from (i * i for i in range(3))
    return x
print(list(gen_returning_generator_value()))
def count_up():
    n = 0
    while True:
        cmd = yield n
        if cmd == "stop":
            return n * 100
        n += 1
def wrapper():
    final = yield from count_up()
    yield ("final", final)
w = wrapper()
print(next(w), next(w), w.send(None), w.send("stop"))
