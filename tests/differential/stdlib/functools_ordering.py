# functools.total_ordering and functools.cmp_to_key
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))


a, b, c = Version('1.2'), Version('1.10'), Version('1.2')
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a != b)
print(sorted([Version('2.0'), Version('1.0.1'), Version('1.0')]))
print(max(Version('0.9'), Version('0.10')))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError:', e)
try:
    a >= 'x'
except TypeError as e:
    print('TypeError:', e)


@total_ordering
class ByGreater:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


x, y = ByGreater(1), ByGreater(2)
print(x < y, x <= y, x > y, x >= y, y >= y, y <= y)


@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __le__(self, other):
        return self.v <= other.v


print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(2) >= ByLe(2), ByLe(3) < ByLe(3))


@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(ByGe(1) < ByGe(2), ByGe(2) > ByGe(1), ByGe(1) <= ByGe(1), ByGe(3) > ByGe(3))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)


def compare_length_then_alpha(s, t):
    if len(s) != len(t):
        return len(s) - len(t)
    if s < t:
        return -1
    if s > t:
        return 1
    return 0


words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(compare_length_then_alpha)))
print(sorted(words, key=cmp_to_key(compare_length_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(compare_length_then_alpha)))

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1 != k2, k1.obj)
try:
    hash(k1)
except TypeError:
    print('unhashable key')


def by_second_desc(p, q):
    return q[1] - p[1]


pairs = [('a', 3), ('b', 1), ('c', 3), ('d', 2)]
print(sorted(pairs, key=cmp_to_key(by_second_desc)))
