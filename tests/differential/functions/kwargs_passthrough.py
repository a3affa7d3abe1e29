def target(a, b=0, *, c=None):
    return f"a={a} b={b} c={c}"
def wrapper(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
    return target(*args, **kwargs)
print(wrapper(1))
print(wrapper(1, 2))
print(wrapper(1, c=3))
print(wrapper(a=9, b=8, c=7))
opts = {"b": 5}
print(target(0, **opts), target(*(1,), **{"c": "x"}))
try:
    target(1, **{"b": 2}, b=3)
except TypeError as e:
    print("TypeError:", e)
