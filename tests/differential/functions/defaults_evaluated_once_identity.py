calls = []
def make_default():
    calls.append("made")
    return []
def append_to(x, acc=make_default()):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(calls)
print(append_to.__defaults__)
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print([counter() for _ in range(4)])
append_to.__defaults__ = ([100],)
print(append_to(5))
def kwdefault(*, sep=", ", items=()):
    return sep.join(map(str, items))
print(kwdefault.__kwdefaults__)
print(kwdefault(items=[1, 2]))
kwdefault.__kwdefaults__ = {"sep": "-", "items": (9, 8)}
print(kwdefault())
i = 10
def capture(v=i):
    return v
i = 20
print(capture(), i)
