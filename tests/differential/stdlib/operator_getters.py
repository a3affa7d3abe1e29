# operator.itemgetter, attrgetter, methodcaller
from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 25, 'NY'), ('alice', 30, 'LA'), ('carol', 25, 'SF')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(2)('abcdef'), itemgetter(slice(1, 3))('abcdef'), itemgetter(-1)([1, 2, 3]))
print(itemgetter('a', 'b')({'a': 1, 'b': 2, 'c': 3}))
print(itemgetter(0)([[1]]), itemgetter(1, 1)('xy'))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(itemgetter(slice(None, 2))))
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError:', e)
try:
    itemgetter('k')({})
except KeyError as e:
    print('KeyError:', e)


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age

    def __repr__(self):
        return 'Person(%s)' % self.name.first


people = [Person('Ann', 'Zed', 40), Person('Bob', 'Young', 22), Person('Cid', 'Xu', 31)]
print(sorted(people, key=attrgetter('age')))
print(sorted(people, key=attrgetter('name.last')))
print(attrgetter('name.first', 'age')(people[0]))
print(attrgetter('age')(people[1]), attrgetter('name')(people[1]).last)
print(repr(attrgetter('age')), repr(attrgetter('name.first', 'age')))
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print('AttributeError:', e)
try:
    attrgetter('name.middle')(people[0])
except AttributeError as e:
    print('AttributeError:', e)
try:
    attrgetter(5)
except TypeError as e:
    print('TypeError:', e)

print(methodcaller('upper')('abc'))
print(methodcaller('split', ',')('a,b,c'))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(methodcaller('replace', 'a', 'o', 2)('banana'))
print(list(map(methodcaller('strip'), [' x ', 'y  '])))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'two', k=3)))
try:
    methodcaller('nope')(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    methodcaller(1)
except TypeError as e:
    print('TypeError:', e)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


c = Counter()
bump3 = methodcaller('bump', by=3)
print(bump3(c), bump3(c), c.n)

inventory = {'apple': 3, 'banana': 1, 'cherry': 2}
print(sorted(inventory.items(), key=itemgetter(1)))
print(max(inventory.items(), key=itemgetter(1))[0])
