class Box:
    size = 1
b = Box()
print(hasattr(b, "size"), hasattr(b, "color"), getattr(b, "size"), getattr(b, "color", "none"))
setattr(b, "color", "red")
print(b.color, hasattr(b, "color"))
delattr(b, "color")
print(hasattr(b, "color"))
try:
    delattr(b, "color")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, "color")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "append").__name__)
for name in ["x", "y", "z"]:
    setattr(b, name, name * 2)
print([getattr(b, n) for n in "xyz"])
