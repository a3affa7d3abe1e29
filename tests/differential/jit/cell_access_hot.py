# Closure cells read and written inline by compiled code: shared cells, cells
# rebound by the outer function after the closure was made, cells emptied with del
# (the error names the free variable), and cells holding objects that are replaced.


def counter_pair():
    n = 0

    def inc(k):
        nonlocal n
        n += k
        return n

    def get():
        return n
    return inc, get


inc, get = counter_pair()
for i in range(3000):
    inc(i % 7)
print(get())


def outer():
    x = 1

    def read():
        return x
    first = [read() for _ in range(500)]
    x = "rebound"
    second = read()
    del x
    try:
        read()
    except NameError as e:
        third = str(e)
    x = [1, 2]
    return first[-1], second, third, read()


print(outer())


def holder():
    items = []

    def push(v):
        nonlocal items
        items = items + [v]
        return len(items)
    return push


p = holder()
for i in range(2000):
    last = p(i)
print(last)


def late():
    def use():
        return value * 2
    try:
        use()
    except NameError as e:
        print("NameError:", e)
    value = 21
    return [use() for _ in range(300)][-1]


print(late())
