# itertools.tee and itertools.zip_longest
from itertools import tee, zip_longest, islice, count

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))

x, y, z = tee('abc', 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError:', e)

pulled = []


def source():
    for i in range(5):
        pulled.append(i)
        yield i


p, q = tee(source())
print(next(p), next(p), pulled)
print(next(q), pulled)
print(list(q), pulled, list(p))

# Sliding window built on tee.
def window(iterable, n):
    iters = tee(iterable, n)
    for i, it in enumerate(iters):
        for _ in range(i):
            next(it, None)
    return zip(*iters)


print(list(window(range(6), 3)))

# Tee of a tee shares the buffer.
t1, t2 = tee(iter(range(5)))
next(t1)
t3, t4 = tee(t1)
print(list(t3), list(t4), list(t2))

inf1, inf2 = tee(count())
print(list(islice(inf1, 3)), list(islice(inf2, 5)))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([], [])))
print(list(zip_longest('ab')))
print(list(zip_longest(range(3), 'abcde', fillvalue=0)))
try:
    zip_longest([1], 5)
except TypeError as e:
    print('TypeError:', e)

# zip_longest stops pulling from exhausted inputs.
calls = []


class Counting:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        calls.append(self.n)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(zip_longest(Counting(1), Counting(3))))
print(calls)
