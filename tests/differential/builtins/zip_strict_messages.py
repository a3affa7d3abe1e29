print(list(zip("abc", [1, 2, 3], strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2, 3]), ([], [1]), ([1], [], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip()), list(zip(strict=True)), list(zip([1, 2], "ab", (True, False))))
print(list(zip(range(3), range(10))), list(zip("ab", range(100000000))))
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError after partial:", e)
def gen(n):
    for i in range(n):
        yield i
try:
    for a, b in zip(gen(3), gen(2), strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
print(dict(zip(["a", "b"], [1, 2], strict=True)))
