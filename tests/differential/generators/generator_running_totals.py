def running(xs):
    total = 0
    for x in xs:
        total += x
        yield total
def scan(fn, xs, init):
    acc = init
    yield acc
    for x in xs:
        acc = fn(acc, x)
        yield acc
print(list(running([1, 2, 3, 4, 5])))
print(list(scan(max, [3, 1, 4, 1, 5, 9, 2, 6], 0)))
print(list(scan(lambda a, b: a * b, range(1, 8), 1)))
