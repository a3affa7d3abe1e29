# collections.ChainMap: layered lookups
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {'size': 3}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], cm['size'], len(cm), sorted(cm), list(cm))
print(cm)
print('user' in cm, 'nope' in cm, cm.get('nope'), cm.get('color', 'x'))
print(dict(cm), sorted(cm.items()), sorted(cm.values(), key=str))
cm['new'] = 1
print(cli)
del cm['size']
print(cli, cm['size'])
try:
    del cm['color']
except KeyError as e:
    print('KeyError:', e)
child = cm.new_child()
child['user'] = 'root'
print(child['user'], cm['user'], len(child.maps), child.parents == cm)
child2 = cm.new_child({'x': 1})
print(child2.maps[0], child2['x'])
print(ChainMap(), ChainMap({}), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2})['a'])
print(cm.pop('new'), cli)
try:
    cm.pop('missing')
except KeyError as e:
    print('KeyError:', e)
try:
    ChainMap().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    ChainMap({})['k']
except KeyError as e:
    print('KeyError:', repr(e))

# Nested scopes lookup, like a variable resolver.
scopes = ChainMap({'x': 1})
scopes = scopes.new_child({'y': 2})
scopes = scopes.new_child({'x': 10})
print(scopes['x'], scopes['y'], scopes.parents['x'], scopes.parents.parents['x'])
