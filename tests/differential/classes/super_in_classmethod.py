class Base:
    registry = []
    @classmethod
    def create(cls, name):
        obj = cls()
        obj.name = name
        Base.registry.append((cls.__name__, name))
        return obj
    def describe(self):
        return f"{type(self).__name__}:{self.name}"
class Child(Base):
    @classmethod
    def create(cls, name):
        obj = super().create(name.upper())
        obj.extra = True
        return obj
    def describe(self):
        return super().describe() + "+extra"
a = Base.create("plain")
b = Child.create("fancy")
print(a.describe(), b.describe(), b.extra)
print(Base.registry)
print(type(b).__mro__[1].__name__, isinstance(b, Base))
