# collections.OrderedDict: order operations, equality, views, repr
from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=0), OrderedDict({'k': 'v'}))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, a == OrderedDict(a))
print(list(reversed(a)), list(reversed(a.items())), list(reversed(a.keys())), list(reversed(a.values())))
print(a.keys() == {'x', 'y'}, a.keys() & {'x'}, a.items() | {('z', 3)} == {('x', 1), ('y', 2), ('z', 3)})
print('x' in a.keys(), ('x', 1) in a.items(), 2 in a.values(), len(a.keys()))

c = a.copy()
c['w'] = 0
print(a, c, c.setdefault('w', 9), c.setdefault('v', 8), c)
print(c.pop('w'), c.pop('nope', 'default'), c)
c.update([('x', 10)], q=1)
c.update({'r': 2})
print(c)
del c['x']
print(c, len(c), 'x' in c, c.get('x'), c.get('y'))
print(a | {'z': 26}, {'z': 26} | a)
a |= {'y': 20, 'n': 1}
print(a)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', repr(e))


attempt('popitem empty', lambda: OrderedDict().popitem())
attempt('move missing', lambda: OrderedDict().move_to_end('k'))
attempt('getitem missing', lambda: OrderedDict()['k'])
attempt('pop missing', lambda: OrderedDict().pop('k'))
attempt('del missing', lambda: OrderedDict().__delitem__('k'))
attempt('hash', lambda: hash(OrderedDict()))

r = OrderedDict(a=1)
r['self'] = r
print(r)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)


lru = LRU(2)
lru.put(1, 1)
lru.put(2, 2)
print(lru.get(1))
lru.put(3, 3)
print(lru.get(2))
lru.put(4, 4)
print(lru.get(1), lru.get(3), lru.get(4), lru, type(lru).__name__)


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


lg = Logged([('a', 1)], b=2)
lg.update(c=3)
print(lg)

# Ordered by insertion, sorted on demand.
scores = {'carol': 81, 'alice': 95, 'bob': 88}
ranked = OrderedDict(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(ranked, next(iter(ranked)), list(ranked)[-1])
