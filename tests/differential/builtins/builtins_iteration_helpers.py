print(list(zip("abc", range(10))), list(zip()), list(zip([1, 2], [3], strict=False)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xy", start=-2)), list(reversed(range(0, 10, 3))), list(reversed("abc")))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
print(sum([[1], [2, 3]], []), sum(range(5), 10), sum([0.1] * 3), sum((x for x in range(4)), start=100))
print(min([]) if False else min([3, 1, 2], default=0), min([], default="empty"), max("abc", "abd", key=lambda s: s[-1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(max([1, 3, 3, 2], key=lambda x: -x), max([(1, "a"), (1, "b")]), min({"b": 1, "a": 2}))
print(sorted(map(abs, [-3, 2, -1])), any(x > 2 for x in [1, 2, 3]), all(x for x in [1, 0]))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
def counter():
    counter.n += 1
    return counter.n
counter.n = 0
print(list(iter(counter, 4)))
print(list(range(5, 0, -2)), range(3) == range(0, 3), range(0) == range(5, 5), len(range(0, 10, 3)), 9 in range(0, 10, 3))
print(range(10)[3], range(-5, 5).index(0), range(1, 10).count(5), repr(range(1, 5, 2)), list(range(10, 0)))
print(divmod(-17, 5), abs(-0.0), pow(5, 3, 7), pow(2, -1, 5), round(-0.5), hex(-1), oct(64), bin(0))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(None).__name__, type(type).__name__)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip(["k1", "k2"], [[1], [2]])))
print(len({}), len(""), len(range(100)), len(b"xyz"), len([[]]), len({1: [1, 2, 3]}))
print(repr(iter([])).startswith("<list_iterator"), type(iter("")).__name__, type(iter({})).__name__, type(reversed([])).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__, type(range(1)).__name__)
