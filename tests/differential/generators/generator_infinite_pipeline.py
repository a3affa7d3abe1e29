def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
def squares(it):
    for v in it:
        yield v * v
print(list(take(6, squares(evens(naturals())))))
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(15, primes())))
