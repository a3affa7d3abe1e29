# copy and deepcopy of collections types
import copy
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap

d = deque([[1], [2]], maxlen=5)
d1 = copy.copy(d)
d2 = copy.deepcopy(d)
d[0].append('x')
print(d1, d2, d1.maxlen, d2.maxlen, d1[1] is d[1], d2[1] is d[1])

c = Counter(a=2, b=1)
c1 = copy.copy(c)
c1['a'] += 5
print(c, c1, type(c1).__name__)

dd = defaultdict(list, {'k': [1]})
dd1 = copy.copy(dd)
dd2 = copy.deepcopy(dd)
dd['k'].append(2)
dd2['new'].append(3)
print(dd1, dd2, dd2.default_factory is list)

od = OrderedDict([('b', [1]), ('a', [2])])
od1 = copy.copy(od)
od2 = copy.deepcopy(od)
od['b'].append(9)
od1.move_to_end('b')
print(od, od1, od2)

P = namedtuple('P', 'x y')
p = P([1], 2)
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
p.x.append(5)
print(p1, p2, p1 == p, p2 == P([1], 2), type(p2).__name__, p2.x is p.x, p1 is p, p1.x is p.x)

cm = ChainMap({'a': 1}, {'b': 2})
cm1 = copy.copy(cm)
cm1['c'] = 3
print(cm, cm1)

nested = {'queue': deque([1, 2]), 'counts': Counter('aab'), 'groups': defaultdict(set)}
nested['groups']['x'].add(1)
deep = copy.deepcopy(nested)
deep['queue'].append(3)
deep['counts']['c'] += 1
deep['groups']['x'].add(2)
print(nested)
print(deep)
