def numbers():
    yield 1
    yield 2
    yield int("three")


def doubled(src):
    for n in src:
        yield n * 2


def consume():
    total = 0
    for v in doubled(numbers()):
        total += v
        print("running total", total)
    return total


consume()
