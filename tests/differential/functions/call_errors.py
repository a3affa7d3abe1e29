def two(a, b):
    return a + b
cases = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, c=3),
    lambda: two(1, a=1),
    lambda: two(),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1, "b": 2, "q": 0}),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
def kw_only(*, x):
    return x
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
def no_args():
    return 1
try:
    no_args(1)
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s()
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)
