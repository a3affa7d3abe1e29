# itertools functions are lazy: they pull items only when asked
import itertools

log = []


def numbers(n):
    for i in range(n):
        log.append(i)
        yield i


def check(name, make, take):
    log.clear()
    it = make()
    before = list(log)
    got = [next(it) for _ in range(take)]
    print(name, before, got, log)


check('accumulate', lambda: itertools.accumulate(numbers(10)), 2)
check('chain', lambda: itertools.chain(numbers(10), numbers(3)), 2)
check('compress', lambda: itertools.compress(numbers(10), [0, 1, 1]), 1)
check('dropwhile', lambda: itertools.dropwhile(lambda x: x < 3, numbers(10)), 1)
check('takewhile', lambda: itertools.takewhile(lambda x: x < 3, numbers(10)), 2)
check('filterfalse', lambda: itertools.filterfalse(lambda x: x % 3, numbers(10)), 2)
check('islice', lambda: itertools.islice(numbers(10), 2, None), 1)
check('pairwise', lambda: itertools.pairwise(numbers(10)), 2)
check('starmap', lambda: itertools.starmap(lambda a: a, ((x,) for x in numbers(10))), 1)
check('zip_longest', lambda: itertools.zip_longest(numbers(10), 'ab'), 1)
check('groupby', lambda: (k for k, g in itertools.groupby(numbers(10), lambda x: x // 3)), 2)
check('batched', lambda: itertools.batched(numbers(10), 4), 1)
check('cycle', lambda: itertools.cycle(numbers(3)), 5)
check('tee', lambda: itertools.tee(numbers(10))[0], 3)
check('count', lambda: zip(itertools.count(), numbers(10)), 2)
check('product', lambda: itertools.product(numbers(2), numbers(2)), 1)
check('combinations', lambda: itertools.combinations(numbers(4), 2), 1)

# Infinite inputs are fine as long as the consumer stops.
evens = (x for x in itertools.count() if x % 2 == 0)
print(list(itertools.islice(evens, 5)))
print(next(itertools.dropwhile(lambda x: x < 1000, itertools.count())))
print(list(itertools.takewhile(lambda x: x < 20, (x * x for x in itertools.count()))))
