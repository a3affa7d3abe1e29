# itertools.count, cycle, repeat
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10), 4)))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(10, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(0.1, 0.1), 5)))
print(repr(count(3)), repr(count(3, 2)), repr(count(1.5)), repr(count(0, 0.5)), repr(count(1, 1.0)))
c = count(7, 7)
next(c)
print(repr(c))
print(list(zip(count(1), 'abc')))
try:
    count('a')
except TypeError as e:
    print('TypeError:', e)

cy = cycle('ABC')
print([next(cy) for _ in range(7)])
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])))
seen = []


def gen():
    for i in range(3):
        seen.append(i)
        yield i


cy = cycle(gen())
print([next(cy) for _ in range(8)], seen)
try:
    cycle(5)
except TypeError as e:
    print('TypeError:', e)

print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)))
r = repeat([1], 3)
print(repr(r))
next(r)
print(repr(r), r.__length_hint__())
print(list(islice(repeat(7), 3)), repr(repeat(None)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip('ab', repeat(0))))
try:
    repeat(1, 'a')
except TypeError as e:
    print('TypeError:', e)
