class CountDown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
class Repeat:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            yield from self.items
class Indexable:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
c = CountDown(3)
print(list(c), list(c))
r = Repeat("ab", 2)
print(list(r), list(r), "".join(r))
print(list(Indexable()), 9 in Indexable(), 5 in Indexable())
f = Fib(50)
print(list(f), sum(f), max(f), list(zip(f, f)))
it = iter(Fib(10))
print(next(it), next(it), next(it), list(it), next(it, "end"))
a, b, *rest = CountDown(5)
print(a, b, rest)
print(dict(zip(CountDown(3), "xyz")), sorted(CountDown(4)), min(CountDown(4)), any(x > 2 for x in CountDown(3)))
print([x for x in CountDown(6) if x % 2], set(CountDown(3)), tuple(Repeat([1], 3)))
for i, v in enumerate(CountDown(2), start=10):
    print(i, v)
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    list(BadNext())
except ValueError as e:
    print("ValueError:", e)
class NotAnIterator:
    def __iter__(self):
        return [1, 2]
try:
    iter(NotAnIterator())
except TypeError as e:
    print("TypeError:", e)
