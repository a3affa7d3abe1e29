def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__, type(g).__name__)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
for d, v in t.walk():
    print("  " * d + str(v))
print(sum(t), max(t), sorted(t, reverse=True))
print(t.walk.__qualname__, t.walk().__qualname__)
g = gen()
print(list(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))
def enumerate_like(seq, start=0):
    n = start
    for x in seq:
        yield n, x
        n += 1
print(dict(enumerate_like("abc", 1)))
gexp = (c.upper() for c in "hey")
print(type(gexp).__name__, next(gexp), list(gexp))
