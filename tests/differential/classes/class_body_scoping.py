x = "global x"


class Scope:
    x = "class x"
    y = x + " seen in body"

    def method(self):
        return x

    def method2(self):
        return self.x

    z = [x for _ in range(1)]
    w = (lambda: x)()


s = Scope()
print(Scope.y, s.method(), s.method2(), Scope.z, Scope.w)


def factory(n):
    class Inner:
        value = n

        def get(self):
            return n * 2

    return Inner


I3, I5 = factory(3), factory(5)
print(I3.value, I3().get(), I5.value, I5().get(), I3.__name__, I3.__qualname__)


class Counter:
    count = 0
    names = []
    for i in range(3):
        names.append(f"n{i}")
        count += i
    del i


print(Counter.count, Counter.names, hasattr(Counter, "i"))


class Outer:
    class Nested:
        def who(self):
            return "nested"

    def make(self):
        return self.Nested()


print(Outer().make().who(), Outer.Nested.__qualname__)


class WithDoc:
    """Docstring here."""
    attr = 1


print(WithDoc.__doc__, WithDoc.__name__, WithDoc.__module__)


class Empty:
    pass


print(Empty.__doc__, Empty.__bases__[0].__name__)


class Overwrite:
    def f(self):
        return 1

    def f(self):
        return 2


print(Overwrite().f())
