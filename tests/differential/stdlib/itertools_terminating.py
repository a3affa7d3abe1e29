# itertools: accumulate, batched, chain, compress, dropwhile, takewhile, filterfalse, pairwise, starmap
import operator
from itertools import (accumulate, batched, chain, compress, dropwhile, takewhile,
                       filterfalse, pairwise, starmap)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate(iter([5]), operator.sub)))

print(list(batched('ABCDEFG', 3)))
print(list(batched(range(6), 2)), list(batched([], 4)), list(batched([1], 5)))
for bad in [0, -1]:
    try:
        batched('abc', bad)
    except ValueError as e:
        print('ValueError:', e)

print(list(chain('ab', [1, 2], (3,), range(2))))
print(list(chain()), list(chain([], [])))
print(list(chain.from_iterable(['ab', 'cd', ''])))
print(list(chain.from_iterable([[1], [2, 3]])))
ch = chain([1], [2])
print(iter(ch) is ch, next(ch), next(ch))
try:
    next(ch)
except StopIteration:
    print('exhausted')
try:
    list(chain([1], 2))
except TypeError as e:
    print('TypeError:', e)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, [[1, 2], 'ab'])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
try:
    list(starmap(pow, [5]))
except TypeError as e:
    print('TypeError:', e)

for make in [lambda: compress(1, []), lambda: dropwhile(bool, 1), lambda: takewhile(bool, 1),
             lambda: filterfalse(bool, 1), lambda: pairwise(1), lambda: starmap(pow, 1),
             lambda: accumulate(1), lambda: batched(1, 2)]:
    try:
        make()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)

# takewhile consumes the first failing element.
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
