registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls
def add_init(cls):
    fields = cls.fields
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes at most {len(fields)} arguments")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"duplicate value for {k!r}")
            if k not in fields:
                raise TypeError(f"unknown field {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f in cls.defaults:
                    values[f] = cls.defaults[f]
                else:
                    raise TypeError(f"missing field {f!r}")
            setattr(self, f, values[f])
    cls.__init__ = __init__
    return cls
@register
@add_repr
@add_init
class Point:
    fields = ("x", "y")
    defaults = {"y": 0}
print(Point(1, 2), Point(3), Point(y=5, x=4), Point.registered, registry)
for args, kwargs in [((1, 2, 3), {}), ((1,), {"x": 2}), ((), {"z": 1}), ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins[cls.plugin_name] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.plugins), Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Plugin.plugins))
