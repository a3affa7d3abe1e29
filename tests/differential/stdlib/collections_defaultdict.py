# collections.defaultdict: default factories, repr, dict API
from collections import defaultdict

dd = defaultdict(list)
for k, v in [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]:
    dd[k].append(v)
print(dd)
print(sorted(dd.items()), dd['blue'], len(dd))
print(dd['missing'], 'missing' in dd, len(dd))
print(dd.get('other'), 'other' in dd)

counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(counts)
print(defaultdict(None), defaultdict(), defaultdict(set), defaultdict(dict, {'a': {}}))
print(defaultdict(list, a=[1]), defaultdict(int, [('x', 1)], y=2), defaultdict(str, {1: 'a'}))
print(defaultdict(list).default_factory is list, defaultdict().default_factory)

tree = lambda: defaultdict(tree)
root = tree()
root['a']['b']['c'] = 1
root['a']['x'] = 2
print(sorted(root['a']), root['a']['b']['c'], len(root))


def constant_factory(value):
    return lambda: value


d = defaultdict(constant_factory('<missing>'))
d.update(name='John', action='ran')
print('%(name)s %(action)s to %(object)s' % d if False else d['name'], d['object'], sorted(d.items()))

s = defaultdict(set)
for k, v in [('a', 1), ('a', 1), ('b', 2)]:
    s[k].add(v)
print(sorted(s.items()))

nd = defaultdict(None)
try:
    nd['x']
except KeyError as e:
    print('KeyError:', repr(e))
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError:', e)
try:
    defaultdict(list)[[1]]
except TypeError as e:
    print('TypeError:', e)
try:
    hash(defaultdict(int))
except TypeError as e:
    print('TypeError:', e)

g = defaultdict(list, {'k': [1]})
g2 = g.copy()
g2['k'].append(2)
g2['new'].append(0)
print(g, g2, type(g2).__name__, g2.default_factory)
g.default_factory = int
print(g['zero'], g)
print(g == {'k': [1, 2], 'zero': 0}, {'k': [1, 2], 'zero': 0} == g, g != {})
print(g.pop('zero'), g.setdefault('k', None), g.setdefault('q', 5), g.popitem(), list(g))
del g['k']
print(g, dict(g), {**g})
g.clear()
print(g)
m = defaultdict(list, a=[1]) | {'b': [2]}
print(m, type(m).__name__)
m2 = {'z': [0]} | defaultdict(list, a=[1])
print(m2, type(m2).__name__)
m |= {'c': [3]}
print(m, sorted(m.keys()), list(m.values()))

d = defaultdict(list)
d['x'].append(d)
print(d)


class Missing(defaultdict):
    def __missing__(self, key):
        return 'no ' + key


mm = Missing(int)
print(mm['k'], dict(mm))


graph = defaultdict(list)
edges = [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e')]
for src, dst in edges:
    graph[src].append(dst)
    graph[dst]
indeg = defaultdict(int)
for src, dst in edges:
    indeg[dst] += 1
order = []
ready = [n for n in graph if indeg[n] == 0]
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order, dict(indeg))
