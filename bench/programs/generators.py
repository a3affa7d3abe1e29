# Generators: multi-stage generator pipelines, yield from, generator expressions, send(), manual next()


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for _ in range(n):
        yield next(it)


def primes():
    found = []
    for n in naturals(2):
        is_p = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_p = False
                break
        if is_p:
            found.append(n)
            yield n


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)


def chain(*iterables):
    for it in iterables:
        yield from it


def flatten(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten(sub)
    else:
        yield tree


def build_tree(depth, seed):
    if depth == 0:
        return seed
    return [build_tree(depth - 1, seed * 2 + k) for k in range(3)]


def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def main():
    # stage pipeline over primes
    gaps = (b - a for a, b in windows(take(60000, primes()), 2))
    big_gaps = [g for g in gaps if g >= 20]
    print("prime gaps >= 20:", len(big_gaps), "max", max(big_gaps))

    # sliding windows and generator expressions
    s = 0
    for w in windows((x * x % 1009 for x in range(1200000)), 4):
        s += w[0] - w[3] + w[1] * w[2] % 7
    print("window sum", s)

    # recursive yield from
    tree = build_tree(11, 1)
    leaves = 0
    acc = 0
    for leaf in flatten(tree):
        leaves += 1
        acc = (acc + leaf * leaves) % 1000000007
    print("leaves", leaves, "acc", acc)

    # send() into a coroutine-style generator
    avg = running_average()
    next(avg)
    last = 0.0
    for i in range(720000):
        last = avg.send(float(i % 97))
    print("running average %.6f" % last)

    # chained generators and sum/any/all over genexps
    lengths = sum(1 for n in range(1, 30000) for _ in collatz(n))
    has_long = any(len(list(collatz(n))) > 180 for n in range(1, 3000))
    all_end = all(list(collatz(n))[-1] == 1 for n in range(1, 2000))
    total = sum(chain(range(1000), (x * 2 for x in range(1000)), [7, 8, 9]))
    print("collatz lengths", lengths, has_long, all_end, "chain", total)


main()
