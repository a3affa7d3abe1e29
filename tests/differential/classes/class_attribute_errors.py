class Thing:
    kind = "thing"
    def __init__(self):
        self.size = 1
t = Thing()
try:
    t.color
except AttributeError as e:
    print("AttributeError:", e)
try:
    Thing.color
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.color
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".no_such_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(t, "color", "default"), getattr(t, "size"), getattr(Thing, "kind"))
setattr(t, "color", "red")
print(t.color)
delattr(t, "color")
print(hasattr(t, "color"), hasattr(t, "kind"))
