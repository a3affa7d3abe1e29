class Outer:
    class Inner:
        def method(self):
            return type(self).__qualname__
    def __repr__(self):
        return f"<{self.__class__.__name__}>"
o = Outer()
i = Outer.Inner()
print(o, o.__class__ is Outer, o.__class__.__name__, Outer.__qualname__)
print(i.method(), Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.__module__, type(i).__module__, __name__)
print(Outer.__doc__, Outer.__bases__ == (object,), Outer.Inner.method.__qualname__)
class Documented:
    """A documented class."""
print(Documented.__doc__)
