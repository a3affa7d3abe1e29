# Closures and cells in hot functions: free variables read and written through cells,
# cells made for parameters captured by inner functions, empty cells read before
# assignment (NameError for a free variable, UnboundLocalError for an own cell).


def counter():
    n = 0

    def inc(k):
        nonlocal n
        n = n + k
        return n

    return inc


def adder(base):
    def add(x):
        return x + base

    return add


def late():
    def read():
        return value

    out = []
    try:
        out.append(read())
    except NameError as e:
        out.append(str(e))
    value = 42
    out.append(read())
    return out


def own_cell_unbound():
    def use():
        return v

    try:
        return v
    except UnboundLocalError as e:
        return str(e)
    v = 1
    return use


inc = counter()
total = 0
for i in range(3000):
    total += inc(i % 7)
print(total, inc(0))

adds = [adder(b) for b in range(5)]
acc = 0
for i in range(2000):
    acc += adds[i % 5](i)
print(acc)

for _ in range(3):
    print(late())
for _ in range(3):
    print(own_cell_unbound())


def make_pair():
    data = []

    def push(x):
        data.append(x)
        return len(data)

    def pop():
        return data.pop()

    return push, pop


push, pop = make_pair()
for i in range(1500):
    push(i * i)
s = 0
for i in range(1000):
    s += pop()
print(s, push(-1))
