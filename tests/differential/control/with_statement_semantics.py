class CM:
    def __init__(self, name, suppress=False, enter_value=None):
        self.name = name
        self.suppress = suppress
        self.enter_value = enter_value
    def __enter__(self):
        print("enter", self.name)
        return self.enter_value if self.enter_value is not None else self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
    def __repr__(self):
        return f"CM({self.name})"
with CM("a") as a, CM("b", enter_value=42) as b:
    print("body", a, b)
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
    print("not printed")
print("after suppressed")
def early_return():
    with CM("ret"):
        return "returned"
print(early_return())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)
try:
    with CM("nosuppress"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with CM("first"), Bad():
        print("no body")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise KeyError("swallowed by truthy string")
print("truthy exit suppressed")
with CM("targets", enter_value=(1, [2, 3])) as (x, [y, z]):
    print(x, y, z)
d = {}
with CM("subscript", enter_value=7) as d["k"]:
    pass
print(d)
