first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
def ret():
    nums = [2, 3]
    return 1, *nums, 4
print(ret())
def gen():
    yield *"ab", "c"
print(list(gen()))
merged = [*range(3), *"xy", *(7,), *{"k": 0}]
print(merged)
print((*merged[:2],), {*"aab", *"bc"} == {"a", "b", "c"}, {**{"a": 1}, **{"a": 2, "b": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(f(0, *[], **{}))
grid = {}
grid[*(1, 2),] = "cell"
print(grid)
print(*[1, 2, 3], sep=" < ")
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)), max(*matrix[0]), [*map(sum, matrix)])
def exec_unpack(seq):
    a, b, *c = seq
def exec_unpack2(seq):
    a, b = seq
for label, fn in [("too few", lambda: exec_unpack([1])), ("too many", lambda: exec_unpack2([1, 2, 3]))]:
    try:
        fn()
    except ValueError as e:
        print(label, "ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
try:
    print(f(**{"a": 1}, **{"a": 2}))
except TypeError as e:
    print("TypeError:", e)
key, *values = "k=v1=v2".split("=")
print(key, values)
*_, final = iter(range(100))
print(final, _[:3], len(_))
