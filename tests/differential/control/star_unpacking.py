a, *b = "hello"
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = (1, 2, 3, 4, 5)
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4))
print([*"ab", *{"k": 1}], {**{"a": 1}, "b": 2}, (*range(2),))
