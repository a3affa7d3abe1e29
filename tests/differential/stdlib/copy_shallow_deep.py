# copy.copy and copy.deepcopy on builtin containers and plain instances
import copy

nested = [1, [2, 3], {'k': [4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]['k'] is nested[2]['k'], deep[3] is nested[3])
nested[1].append(99)
nested[2]['k'].append(98)
print(shallow, deep)

d = {'a': [1], 'b': {'c': 2}}
dc = copy.copy(d)
dd = copy.deepcopy(d)
d['a'].append(2)
d['new'] = 1
print(dc, dd)

s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(s))
fs = frozenset([1, 2])
t = (1, 2, 'x')
print(copy.copy(fs) is fs, copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
for atom in [1, 2.5, 'str', b'bytes', None, True, range(3), len]:
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
ba = bytearray(b'abc')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))

# Shared references and cycles are preserved by deepcopy.
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc, pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc[0])
cd = {'self': None}
cd['self'] = cd
cdc = copy.deepcopy(cd)
print(cdc['self'] is cdc)
tup_cycle = ([],)
tup_cycle[0].append(tup_cycle)
tc = copy.deepcopy(tup_cycle)
print(tc[0][0] is tc, tc is not tup_cycle)

memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], id(a) in memo, memo[id(a)] is b[0])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)


p = Point(1, 2)
p.tags.append('a')
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append('b')
print(p2, p3, type(p2) is Point, p2.tags is p.tags, p3.tags is p.tags)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
root2 = copy.deepcopy(root)
print(root2.value, root2.children[0].value, root2.children[0].parent is root2,
      root2.children[0].children[0].parent is root2.children[0], root2.children[0] is kid)


class Empty:
    pass


e = Empty()
print(type(copy.copy(e)) is Empty, copy.deepcopy(e) is not e)

grid = [[0] * 3 for _ in range(3)]
g2 = copy.deepcopy(grid)
g2[1][1] = 5
print(grid, g2)

err = ValueError('bad', 42)
err2 = copy.copy(err)
print(type(err2).__name__, err2.args, err2 is not err)
print(copy.deepcopy(KeyError('k')).args)
print(copy.copy(Point), copy.deepcopy(Point) is Point)
