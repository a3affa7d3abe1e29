# collections.UserDict, UserList, UserString
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


ld = LowerDict({'Hello': 1}, World=2)
ld['FOO'] = 3
print(ld, ld['HELLO'], 'world' in ld, 'WORLD' in ld, len(ld), sorted(ld), ld.data)
print(ld.get('foo'), ld.get('nope', 0), ld.pop('foo'), ld)
ud = UserDict(a=1)
ud.update({'b': 2})
print(ud, ud == {'a': 1, 'b': 2}, dict(ud), list(ud.items()), ud.copy(), type(ud.copy()).__name__)
try:
    ud['missing']
except KeyError as e:
    print('KeyError:', e)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()['ab'])


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0:2], type(s[0:2]).__name__, s + [4], s * 2)
s.extend(Stack([9]))
s.sort(reverse=True)
print(s, s.pop(), s.index(2), s.count(1), 2 in s, s == [3, 2, 1], list(reversed(s)))
s.insert(0, 7)
s.remove(2)
del s[0]
print(s, s.data)

us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us + ' World', len(us), us[1:3], 'ell' in us)
print(us == 'Hello', us.replace('l', 'L'), us.split('l'), us.find('l'), us.startswith('He'), us * 2)
