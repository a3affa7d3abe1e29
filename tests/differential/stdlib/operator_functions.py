# operator module: function forms of the operators
import operator
from operator import (add, sub, mul, truediv, floordiv, mod, pow, neg, pos, eq, ne,
                      lt, le, gt, ge, not_, truth, and_, or_, xor, invert, concat,
                      contains, getitem, setitem, delitem, index)

print(add(2, 3), sub(2, 3), mul(4, 5), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(add('ab', 'cd'), mul('ab', 3), mul([0], 3), mod('%d-%s', (1, 'x')))
print(floordiv(-7, 2), mod(-7, 2), truediv(1, 4), pow(2, -1), pow(9, 0.5))
print(neg(5), neg(-2.5), pos(-3), operator.abs(-4), abs(-4))
print(eq(1, 1.0), ne(1, 2), lt(1, 2), le(2, 2), gt(1, 2), ge(3, 2), lt('a', 'b'))
print(not_(0), not_([1]), truth([]), truth('x'), operator.is_(None, None), operator.is_not(1, None))
print(and_(12, 10), or_(12, 10), xor(12, 10), invert(5), operator.inv(0), operator.lshift(1, 4), operator.rshift(256, 3))
print(and_({1, 2}, {2, 3}), or_({1}, {2}), xor({1, 2}, {2, 3}), and_(True, False))
print(concat([1], [2]), concat('a', 'b'), concat((1,), (2,)))
try:
    concat(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(contains([1, 2, 3], 2), contains('hello', 'ell'), contains({'k': 1}, 'v'))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abcb', 'b'))
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print('ValueError:', e)

data = [10, 20, 30, 40]
print(getitem(data, 1), getitem(data, slice(1, 3)), getitem({'a': 1}, 'a'), getitem('xyz', -1))
setitem(data, 0, 99)
delitem(data, 1)
print(data)
d = {}
setitem(d, 'k', 'v')
print(d)
delitem(d, 'k')
print(d)
try:
    getitem([1], 5)
except IndexError as e:
    print('IndexError:', e)
try:
    delitem({}, 'missing')
except KeyError as e:
    print('KeyError:', e)


class Num:
    def __index__(self):
        return 7


print(index(5), index(True), index(Num()), operator.index(-3))
try:
    index(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    index('3')
except TypeError as e:
    print('TypeError:', e)

try:
    add(1, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    lt(1, 'a')
except TypeError as e:
    print('TypeError:', e)

x = [1]
y = operator.iadd(x, [2])
print(x, y is x)
n = operator.iadd(5, 3)
print(n, operator.isub(5, 3), operator.imul(2, 8), operator.ifloordiv(9, 2), operator.imod(9, 4))
print(operator.ipow(3, 3), operator.itruediv(1, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
print(operator.ilshift(1, 3), operator.irshift(64, 2), operator.iconcat([1], (2,)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([])), operator.length_hint(5, 9))
print(operator.__add__ is add, operator.__mul__(6, 7), operator.call(max, 3, 9, 4))
print(sorted([3, 1, 2], key=neg), list(map(mul, [1, 2, 3], [4, 5, 6])))

from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.or_, [1, 2, 4, 8]))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)


print(add(Vec(1, 2), Vec(3, 4)), mul(Vec(1, 2), 3), neg(Vec(1, -1)), eq(Vec(1, 1), Vec(1, 1)))
