def f(a, b=1, /, c=2, *, d, e=5, **kw):
    return (a, b, c, d, e, kw)
print(f(0, d=3))
print(f(0, 9, 8, d=7, e=6))
print(f(0, d=1, a=2, b=3))
print(f(0, c=10, d=11))
for args, kwargs in [((), {"d": 1}), ((1, 2, 3, 4), {"d": 1}), ((1,), {}), ((1,), {"d": 1, "c": 2, "e": 3})]:
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
def g(x, /):
    return x
try:
    g(x=1)
except TypeError as e:
    print("TypeError:", e)
def h(*, a, b):
    return a, b
try:
    h(b=1)
except TypeError as e:
    print("TypeError:", e)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print("TypeError:", e)
def opt(a, b=1, c=2):
    pass
try:
    opt()
except TypeError as e:
    print("TypeError:", e)
try:
    opt(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    opt(1, d=4)
except TypeError as e:
    print("TypeError:", e)
