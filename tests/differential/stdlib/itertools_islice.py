# itertools.islice: arguments, laziness, and argument errors
from itertools import islice, count

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', 1, 6, 3)))
print(list(islice('ABC', None)), list(islice('ABC', None, None, None)))
print(list(islice('ABC', 10)), list(islice('ABC', 5, 10)), list(islice('ABC', 0)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice(range(10), True)))


class Idx:
    def __index__(self):
        return 2


print(list(islice('abcdef', Idx(), None, Idx())))

# islice consumes only what it needs.
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))

consumed = []


def source():
    for i in range(100):
        consumed.append(i)
        yield i


print(list(islice(source(), 2, 8, 3)), consumed)

s = islice('abc', 2)
print(iter(s) is s, next(s), next(s))

bad = [(-1,), (-2,), (0, -1), (0, -5), (-1, None), (1.5,), ('a',), (None, 'a'),
       (0, None, 0), (0, None, -1), (0, None, 'x'), (2 ** 70,), (1, 2, 1.0)]
for args in bad:
    try:
        islice(range(3), *args)
        print(args, 'ok')
    except ValueError as e:
        print(args, 'ValueError:', e)
    except TypeError as e:
        print(args, 'TypeError:', e)

try:
    islice(5, 2)
except TypeError as e:
    print('TypeError:', e)
