# collections.namedtuple: construction, access, helpers, comparisons, errors
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], p[-1], p[:1], len(p))
x, y = p
print(x + y, list(p), tuple(p), 11 in p, 33 in p)
print(p == (11, 22), (11, 22) == p, p != (1, 2), p == Point(11, 22), p == [11, 22])
print(hash(p) == hash((11, 22)), {p: 'v'}[(11, 22)], {(11, 22): 'w'}[p])
print(Point._fields, Point.__name__, Point.__doc__, Point._field_defaults, Point.__match_args__)
print(p._asdict(), p._replace(x=1), p, Point._make([5, 6]), Point._make(iter('ab')))
print(p.count(11), p.index(22), p + (33,), p * 2)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), Point(1, 2) < Point(1, 3), Point(2, 0) > (1, 9))
print(max(Point(1, 2), Point(1, 3)), min([Point(5, 5), (4, 9)]))
print('%s and %r' % (p, p), str(p), '{}'.format(p), f'{p!r}')
print(Point(**{'x': 1, 'y': 2}), Point(*range(2)))

Color = namedtuple('Color', 'red green blue')
Account = namedtuple('Account', 'owner, balance')
print(Color(1, 2, 3), Account('me', 10))
Empty = namedtuple('Empty', '')
print(Empty(), len(Empty()), Empty._fields)

Conf = namedtuple('Conf', ['host', 'port', 'debug'], defaults=[8080, False])
print(Conf('localhost'), Conf('h', 1), Conf('h', debug=True), Conf._field_defaults)
R = namedtuple('R', 'a def class _b a', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


attempt('missing', lambda: Point(1))
attempt('missing2', lambda: Point())
attempt('missing3', lambda: Color())
attempt('too many', lambda: Point(1, 2, 3))
attempt('too many defaults', lambda: Conf(1, 2, 3, 4))
attempt('too many empty', lambda: Empty(1))
attempt('dup kw', lambda: Point(1, x=2))
attempt('bad kw', lambda: Point(1, 2, z=3))
attempt('bad kw first', lambda: Point(1, 2, 3, z=3))
attempt('defaults missing', lambda: Conf())
attempt('make short', lambda: Point._make([1]))
attempt('replace bad', lambda: p._replace(z=1, x=2))
attempt('set field', lambda: setattr(p, 'x', 5))
attempt('set new', lambda: setattr(p, 'z', 5))
attempt('index', lambda: p[2])
attempt('index type', lambda: p['x'])
attempt('no attr', lambda: p.z)
attempt('dup name', lambda: namedtuple('P', 'x x'))
attempt('underscore', lambda: namedtuple('P', 'x _y'))
attempt('keyword', lambda: namedtuple('P', 'x def'))
attempt('not ident', lambda: namedtuple('P', 'x 9y'))
attempt('bad typename', lambda: namedtuple('my-type', 'x'))
attempt('bad typename kw', lambda: namedtuple('class', 'x'))
attempt('too many defaults', lambda: namedtuple('P', 'x', defaults=[1, 2]))
attempt('concat list', lambda: p + [1])
attempt('tuple index', lambda: p.index(99))
print(p)


class Vector(namedtuple('Vector', 'x y')):
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)


v = Vector(3, 4) + Vector(1, 1)
print(v, v.norm2, v.scaled(2), type(v.scaled(2)).__name__, Vector._make([0, 1]))
v.label = 'ok'
print(v.label, v == (4, 5), isinstance(v, Vector))


class Pos(namedtuple('Pos', 'row col')):
    def __new__(cls, row, col=0):
        return super().__new__(cls, row, col)

    def __repr__(self):
        return 'Pos<%d,%d>' % self[:]


print(Pos(3), Pos(1, 2), Pos(1, 2) == (1, 2))

Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90), Employee('cy', 'eng', 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, sum(e.salary for e in staff), max(staff, key=lambda e: e.salary).name)
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
print([e._asdict()['name'] for e in staff], dict(zip(*[('a', 'b'), (1, 2)])))
pairs = namedtuple('Pair', 'k v')
print(dict([pairs('a', 1), pairs('b', 2)]))
