# functools.cached_property, singledispatch, partialmethod
from functools import cached_property, singledispatch, partialmethod


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        "The area, computed once."
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed)
print('area' in c.__dict__, c.__dict__['area'])
c.area = 100
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(isinstance(Circle.area, cached_property), Circle.area.attrname, Circle.area.__doc__)


@singledispatch
def describe(obj):
    return 'object %r' % (obj,)


@describe.register(int)
def _(obj):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


def describe_str(obj):
    return 'str %s' % obj


describe.register(str, describe_str)


class Base:
    def __repr__(self):
        return type(self).__name__


class Derived(Base):
    pass


@describe.register(Base)
def _(obj):
    return 'base-like %r' % obj


print(describe(3), describe(True), describe([1, 2]), describe('x'), describe(2.5))
print(describe(Base()), describe(Derived()), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(str) is describe_str)
print(sorted(k.__name__ for k in describe.registry))

try:
    describe()
except TypeError as e:
    print('TypeError:', e)

