# functools.lru_cache and functools.cache: hits, misses, eviction order, cache_info
import functools
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    slow_square(n)
print(calls)
info = slow_square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[3], tuple(info), info == (info.hits, info.misses, 3, 3))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)
slow_square.cache_clear()
print(slow_square.cache_info())
print(slow_square.cache_parameters())
print(slow_square.__name__, slow_square.__wrapped__(7))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100))
print(fib.cache_info())
print(fib.cache_parameters())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(20), factorial(25))
print(factorial.cache_info())


@lru_cache(maxsize=None)
def kw(a, b=1, *, c=0):
    calls.append(('kw', a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1), kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, c=5), kw(1, c=5))
print(len(calls), kw.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x * 2


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(maxsize=-5)
def negsize(x):
    return x


print(negsize(1), negsize(1), negsize.cache_info())


@lru_cache(maxsize=8, typed=True)
def typed(x):
    calls.append(('typed', x))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(True)
typed(1)
print(calls, typed.cache_info())


@lru_cache(maxsize=8)
def untyped(x):
    calls.append(('untyped', x))
    return x


calls.clear()
print(untyped(1), untyped(1.0), untyped(True))
print(calls, untyped.cache_info())

try:
    untyped([1, 2])
except TypeError as e:
    print('TypeError:', e)

try:
    lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError:', e)


class Grid:
    def __init__(self, size):
        self.size = size

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    def __hash__(self):
        return hash(self.size)

    def __eq__(self, other):
        return self.size == other.size


g = Grid(10)
print(g.paths(10, 10), Grid.paths.cache_info().misses)


# LRU order: a hit refreshes an entry, so the least recently *used* goes first.
order = []


@lru_cache(maxsize=2)
def tracked(x):
    order.append(x)
    return x


tracked('a')
tracked('b')
tracked('a')      # hit: 'a' becomes most recent
tracked('c')      # evicts 'b'
tracked('a')      # still cached
tracked('b')      # miss again
print(order, tracked.cache_info())
