# collections.deque: error cases and iteration safety
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index range', lambda: deque([1])[5])
attempt('neg index range', lambda: deque([1])[-2])
attempt('setitem range', lambda: deque([1]).__setitem__(3, 0))
attempt('del range', lambda: deque().__delitem__(0))
attempt('remove missing', lambda: deque([1, 2]).remove(3))
attempt('remove str', lambda: deque(['a']).remove('b'))
attempt('index missing', lambda: deque([1, 2]).index(5))
attempt('index window', lambda: deque([1, 2, 3]).index(1, 1))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('maxlen negative', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque(maxlen='a'))
attempt('not iterable', lambda: deque(5))
attempt('concat list', lambda: deque([1]) + [2])
attempt('slice', lambda: deque([1, 2])[0:1])
attempt('str index', lambda: deque([1, 2])['a'])
attempt('rotate str', lambda: deque([1]).rotate('a'))
attempt('maxlen readonly', lambda: setattr(deque(), 'maxlen', 3))
attempt('hash', lambda: hash(deque()) and 'hashed')
attempt('extend non-iterable', lambda: deque().extend(3))
attempt('mul float', lambda: deque([1]) * 1.5)

d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)

d = deque([1, 2, 3])
it = iter(d)
d.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)

d = deque([1, 2, 3])
for x in d:
    d[0] = x * 10   # assignment does not change the size
print(d)

d = deque([1, 2, 3])
rev = reversed(d)
print(next(rev))
d.pop()
try:
    next(rev)
except RuntimeError as e:
    print('RuntimeError:', e)

d = deque('abc')
d.extend(d)
print(d)
d.extendleft(d)
print(d)

d = deque([[1], [2]])
print(d.count([1]), d.index([2]), [2] in d)
d.remove([1])
print(d)
