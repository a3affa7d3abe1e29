class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)
class Interned:
    _cache = {}
    def __new__(cls, name):
        try:
            return cls._cache[name]
        except KeyError:
            obj = object.__new__(cls)
            obj.name = name
            cls._cache[name] = obj
            return obj
    def __repr__(self):
        return f"Interned({self.name!r})"
x, y, z = Interned("a"), Interned("b"), Interned("a")
print(x, y, z, x is z, x is y, sorted(Interned._cache))
class Positive:
    def __new__(cls, value):
        if value <= 0:
            return None
        return super().__new__(cls)
    def __init__(self, value):
        self.value = value
print(Positive(5).value, Positive(-1))
class Other:
    def __repr__(self):
        return "Other()"
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory init", kind)
        self.kind = kind
    def __repr__(self):
        return f"Factory({self.kind})"
print(Factory("self"), Factory("other"))
class Counted:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
class SubCounted(Counted):
    def __init__(self, tag):
        self.tag = tag
s1 = SubCounted("x")
s2 = SubCounted("y")
print(Counted.count, SubCounted.count, s1.tag, s2.tag, type(s1).__name__)
