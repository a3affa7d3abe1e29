class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)
    def __call__(self, value):
        for s in self.steps:
            value = s(value)
        return value
    def __or__(self, other):
        return Pipeline(*self.steps, other)
    def __ror__(self, value):
        return self(value)
    def __len__(self):
        return len(self.steps)
p = Pipeline(str.strip) | str.upper | (lambda s: s.replace(" ", "_"))
print(p("  hello big world "), len(p))
print("  piped in " | p)
class Namespace:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Namespace({items})"
ns = Namespace(b=2, a="x")
print(ns)
setattr(ns, "c", [1])
print(getattr(ns, "c"), hasattr(ns, "d"), getattr(ns, "d", None))
delattr(ns, "a")
print(ns)
try:
    getattr(ns, "a")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["b", "c", "zzz"]:
    print(name, getattr(ns, name, "<missing>"))
meth = getattr("a,b,c", "split")
print(meth(","))
print(getattr(Pipeline, "__call__").__name__)
