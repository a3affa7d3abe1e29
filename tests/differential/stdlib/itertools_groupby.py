# itertools.groupby, including the lazy-group semantics
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby([], key=len)])

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))

data = sorted([('b', 2), ('a', 1), ('b', 1), ('a', 3)])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda p: p[0])})

# A group is only valid until the groupby object advances.
groups = list(groupby('AABBBC'))
print([(k, list(g)) for k, g in groups])

gb = groupby('xxyyyz')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3))
try:
    next(gb)
except StopIteration:
    print('done')

# Partially consumed group: the rest is skipped by the outer iterator.
gb = groupby([1, 1, 1, 2, 2, 3])
key, grp = next(gb)
print(key, next(grp))
key, grp = next(gb)
print(key, list(grp))

# The key function is called once per element.
calls = []


def keyf(x):
    calls.append(x)
    return x // 10


print([(k, list(g)) for k, g in groupby([1, 5, 12, 15, 31, 2], keyf)])
print(calls)


class Item:
    def __init__(self, kind, n):
        self.kind = kind
        self.n = n


items = [Item('x', 1), Item('x', 2), Item('y', 3)]
print([(k, [i.n for i in g]) for k, g in groupby(items, key=lambda i: i.kind)])

# Run-length encoding.
def rle(s):
    return ''.join('%d%s' % (len(list(g)), k) for k, g in groupby(s))


print(rle('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW'))
