class A:
    def hello(self):
        return "A"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

    @staticmethod
    def util():
        return "A.util"


class B(A):
    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def make(cls):
        return "B>" + super().make()


class C(A):
    def hello(self):
        return "C>" + super().hello()


class D(B, C):
    def hello(self):
        return "D>" + super().hello()

    def skip_to_c(self):
        return super(B, self).hello()

    def use_util(self):
        return super().util()


d = D()
print(d.hello(), d.skip_to_c(), D.make(), d.make(), d.use_util())
print([k.__name__ for k in D.__mro__])
print(D.__bases__ == (B, C), B.__bases__[0] is A, A.__bases__[0] is object)


class Mixin:
    def describe(self):
        base = super().describe() if hasattr(super(), "describe") else "root"
        return f"Mixin({base})"


class Core:
    def describe(self):
        return "Core"


class Combined(Mixin, Core):
    pass


class Solo(Mixin):
    pass


print(Combined().describe(), Solo().describe())


class Meta1:
    tag = "m1"


class Meta2:
    tag = "m2"


class Both(Meta1, Meta2):
    pass


class Both2(Meta2, Meta1):
    pass


print(Both.tag, Both2.tag)


def outside(self):
    return "outside " + type(self).__name__


class Late:
    pass


Late.method = outside
print(Late().method())


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self


print(Counter()()(5)(2).n)


class Parent:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"{type(self).__name__}(x={self.x})"


class Child(Parent):
    def __init__(self, x, y):
        super().__init__(x * 10)
        self.y = y


print(Child(1, 2), Child(1, 2).y, isinstance(Child(1, 2), Parent))
try:
    super(Child, Parent(1)).__init__(5)
except TypeError as e:
    print("TypeError:", e)
