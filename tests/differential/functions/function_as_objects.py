def a():
    return "a"
def b():
    return "b"
table = [a, b, a]
print([f() for f in table])
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def cmd_start():
    return "starting"
@register
def cmd_stop():
    return "stopping"
for name in sorted(registry):
    print(name, registry[name]())
print(a == a, a == b, a is table[2])
