class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        owner.fields = getattr(owner, "fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            kinds = self.kind if isinstance(self.kind, tuple) else (self.kind,)
            raise TypeError(f"{self.name} must be {'/'.join(k.__name__ for k in kinds)}, not {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.storage)


class Range(Typed):
    def __init__(self, lo, hi, default=None):
        super().__init__((int, float), default)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} not in [{self.lo}, {self.hi}]")


class Product:
    name = Typed(str, "unnamed")
    price = Range(0, 10_000, 0)
    qty = Range(0, 500, 1)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return "Product(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields) + ")"


print(Product.fields, type(Product.name).__name__, Product.price.lo)
p = Product(name="lamp", price=19.99)
print(p, sorted(vars(p)))
for field, value in [("price", -1), ("qty", "many"), ("name", 5), ("qty", 501), ("qty", 7)]:
    try:
        setattr(p, field, value)
        print("set", field, "=", value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(p)
del p.qty
print(p.qty, p)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, "area" in vars(c))


class Const:
    def __get__(self, obj, cls):
        return f"const via {'instance' if obj is not None else 'class'} of {cls.__name__}"


class Holder:
    value = Const()


h = Holder()
h.__dict__["value"] = "shadowed"
print(Holder.value, h.value)
