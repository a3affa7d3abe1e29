def f(*args, **kwargs):
    return args, kwargs
a, *b, c = range(6)
print(a, b, c)
*a, b = "xy"
print(a, b)
a, (b, *c), d = 1, "hello", 4
print(a, b, c, d)
first, *_, last = [10]  + [20] * 3 + [30]
print(first, last)
(x, y), z = [1, 2], 3
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(f(*{"k1": 1, "k2": 2}, **{"k1": 1, "k2": 2}))
print([*range(3), *"ab", *{"z": 1}])
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print({*[1, 2], *(2, 3)})
print((*[1], *[2, 3]))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
m = [[1, 2], [3, 4]]
m[0][0], m[1][1] = m[1][1], m[0][0]
print(m)
i = 0
lst = [5, 6, 7]
i, lst[i] = 1, 99
print(i, lst)
