# Recipes from the itertools documentation built on the module's functions
import operator
from itertools import (accumulate, chain, combinations, count, cycle, filterfalse, groupby,
                       islice, repeat, starmap, tee, zip_longest, product, pairwise)
from collections import deque


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterable):
    return chain([value], iterable)


def tabulate(function, start=0):
    return map(function, count(start))


def tail(n, iterable):
    return iter(deque(iterable, maxlen=n))


def consume(iterator, n=None):
    if n is None:
        deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded = chain(repeat(0, n - 1), signal, repeat(0, n - 1))
    for window in sliding_window(padded, n):
        yield dotproduct(kernel, window)


def iter_index(iterable, value, start=0):
    it = islice(iterable, start, None)
    for i, element in enumerate(it, start):
        if element is value or element == value:
            yield i


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def running_mean(values):
    return [total / n for n, total in enumerate(accumulate(values), 1)]


print(take(3, prepend(0, count(1))), take(4, tabulate(lambda x: x * x)), list(tail(3, range(10))))
it = iter(range(10))
consume(it, 3)
print(next(it), nth(range(10), 4), nth(range(3), 9, 'none'))
print(all_equal('aaa'), all_equal('aab'), all_equal(''), quantify([1, 0, 3, 0]), list(ncycles('ab', 3)))
print(list(flatten([[1, 2], [3]])), list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)), list(convolve([1, 2, 3], [1, 1])))
print(list(iter_index('AABCADEAF', 'A')), first_true([0, None, 7, 8]), first_true([], 'no'))
print(running_mean([2, 4, 6, 8]), list(starmap(operator.sub, pairwise([10, 7, 3, 1]))))
print(sum(1 for _ in product('ab', repeat=4)), dotproduct([1, 2, 3], [4, 5, 6]))
