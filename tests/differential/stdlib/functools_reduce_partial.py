# functools.reduce and functools.partial
import functools
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(operator.add, [], 10))
print(reduce(operator.add, [7]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(operator.concat, ['a', 'b', 'c'], 'start:'))
print(reduce(lambda a, b: a + b, (x for x in range(5))))

for args in [(operator.add, []), (operator.add, 5), (operator.add, iter([]))]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError:', e)

calls = []
def add_logged(a, b):
    calls.append((a, b))
    return a + b
print(reduce(add_logged, [1, 2, 3, 4]), calls)


def power(base, exponent, *, mod=None):
    if mod is None:
        return base ** exponent
    return pow(base, exponent, mod)

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(3), square(4, exponent=3))
two_to = partial(power, 2)
print(two_to(10), two_to(10, mod=1000))
print(two_to.args, two_to.keywords, two_to.func is power)
print(square.args, square.keywords)

nested = partial(partial(power, 3), mod=5)
print(nested.func is power, nested.args, nested.keywords, nested(4))

p = partial(sorted, key=lambda s: s.lower())
print(p(['b', 'A', 'c']))
print(p(['b', 'A', 'c'], reverse=True))

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)

print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(callable(square), isinstance(square, partial))

r = repr(partial(operator.add, 1, 2))
print(r.startswith('functools.partial(<built-in function add>') or r.startswith('functools.partial(<function add at'), r.endswith(', 1, 2)'))

def f(a, b=2, *args, **kw):
    return (a, b, args, sorted(kw.items()))

print(partial(f, 1)(), partial(f, 1, 3, 4)(5, x=1), partial(f, b=9)(0, y=2))

try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)

class Greeter:
    def greet(self, greeting, name):
        return '%s, %s!' % (greeting, name)

g = Greeter()
hello = partial(g.greet, 'Hello')
print(hello('world'))
