# collections.Counter: counting, most_common, arithmetic, dict API
from collections import Counter

c = Counter('abracadabra')
print(c, len(c), c['a'], c['z'], 'z' in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), ''.join(c.elements()))
print(Counter(), Counter([]), Counter({'x': 2, 'y': 0, 'z': -1}), Counter(a=3, b=1))
print(Counter(['x', 'y', 'x']) == Counter(x=2, y=1), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(Counter(a=1) != Counter(a=2), Counter('ab') == 'ab')

words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], wc.total())
wc.update(['the', 'fox'])
wc.update({'dog': 5})
wc.update(cat=2)
print(wc.most_common(4))
wc.subtract(['the'] * 5)
wc.subtract({'dog': 1}, end=3)
print(wc['the'], wc['dog'], wc['end'], wc.most_common()[-3:])

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a, Counter() + Counter())
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=5, z=1)
print(x)
x &= Counter(a=4, c=9)
print(x)
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) < Counter(a=1), Counter(a=1, b=1) >= Counter(a=1), Counter(a=1) > Counter(a=1))

c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(c)
c['s'] = 0
del c['i']
del c['not there']
print(c, c.get('p'), c.get('q'), c.get('q', 9), c.setdefault('m', 5), c.pop('p'))
print(list(c), list(c.keys()), list(c.values()), list(c.items()))
print(sorted(c), c.copy(), c.copy() == c, c.copy() is c)
c.clear()
print(c, bool(c), dict(Counter('aab')), {**Counter('xy')})

try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    Counter(a=1) < {'a': 2}
except TypeError as e:
    print('TypeError:', e)
try:
    Counter(a=1) + {'a': 2}
except TypeError as e:
    print('TypeError:', e)

inventory = Counter(apples=4, pears=2)
order = Counter(apples=3, pears=3, kiwis=1)
remaining = inventory - order
shortfall = order - inventory
print(remaining, shortfall, inventory & order, inventory | order)
print(Counter({'a': 'x', 'b': 'y'}), Counter({'b': 1.5, 'a': 2}))
letters = Counter(c.lower() for c in 'Hello World' if c.isalpha())
print(letters.most_common(3), sum(letters.values()))
h = Counter({1: 2, (1, 2): 1, None: 3})
print(h, h[None], h[(1, 2)])
print(sorted(Counter('banana').items()), Counter('banana').most_common(1)[0][0])
print(Counter(Counter('aab')), Counter(Counter(a=2), a=1))
