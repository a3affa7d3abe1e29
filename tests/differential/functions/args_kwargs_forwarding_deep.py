def target(a, b=2, *rest, c, d=4, **extra):
    return f"a={a} b={b} rest={rest} c={c} d={d} extra={sorted(extra.items())}"
def layer1(*args, **kwargs):
    return target(*args, **kwargs)
def layer2(first, *args, **kwargs):
    kwargs.setdefault("c", "from-layer2")
    return layer1(first, *args, **kwargs)
print(layer2(1))
print(layer2(1, 20, 30, 40, d=5))
print(layer2(1, c=3, z=9, y=8))
print(layer1(*range(4), **{"c": 0}, **{"q": 1}))
print(layer1(1, *[2], *(3, 4), c=5, **dict(e=6)))
try:
    layer1(1, 2, c=3, **{"c": 4})
except TypeError as e:
    print("TypeError:", e)
try:
    layer1(1, a=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    layer1(b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    target(1, 2)
except TypeError as e:
    print("TypeError:", e)
def show(*args, **kwargs):
    return args, kwargs
print(show(*"ab", *[1], **{"x": 1}, y=2))
kw = {"sep": "|", "end": "!\n"}
print(*[1, 2, 3], **kw)
