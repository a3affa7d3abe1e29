# globals(): the running module's globals dict, live in both directions.
counter = 0
g = globals()
print(type(g).__name__, g is globals(), g["counter"], "__name__" in g, g["__name__"])
g["counter"] = 5
print(counter)
g["made_here"] = [1, 2]
print(made_here)

def bump(name):
    globals()[name] += 1
    return globals()[name]

for _ in range(3):
    bump("counter")
print(counter)

def handler_a(x):
    return x * 2

def handler_b(x):
    return x + 100

def dispatch(kind, x):
    return globals()["handler_" + kind](x)

print([dispatch(k, 7) for k in "abab"])
print(sorted(k for k in globals() if k.startswith("handler_")))
print("missing" in globals(), globals().get("missing", "default"))

def hot(n):
    total = 0
    for i in range(n):
        total += globals()["counter"] + i
    return total

print(hot(3000))
del globals()["made_here"]
try:
    print(made_here)
except NameError as e:
    print("NameError:", e)

class C:
    def where(self):
        return globals() is g
print(C().where())


class InBody:
    seen = globals()
    ok = "InBody" not in seen and seen is g
    names = [k for k in globals() if k.startswith("handler_")]


print(InBody.ok, InBody.names)
