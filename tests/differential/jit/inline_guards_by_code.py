# Inlined methods and math.sqrt computed in place must stay the real calls whatever object
# turns up: classes made twice by one function (two function objects with one code),
# methods of the same name in unrelated classes, a method overridden everywhere, an
# instance attribute turning into a string inside a method that stores, and `sqrt` called
# on the math module under another name, on a class, on an instance and on a module-like
# object bound to the global mid-loop.
import math
import math as m2


def make_class(scale):
    class Box:
        def __init__(self, v):
            self.v = v

        def get(self):
            return self.v * scale

        def bump(self, k):
            self.v += k
            return self

    return Box


A = make_class(2)
B = make_class(3)


class Other:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v - 1


class Base:
    def get(self):
        return 0


class Left(Base):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + 100


class Right(Base):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + 200


def total(objs, rounds):
    t = 0
    for _ in range(rounds):
        for o in objs:
            t += o.get()
    return t


print(total([A(1), B(1), A(2), B(2)], 500))
print(total([Other(5), A(5)], 300))
print(total([Left(1), Right(2), Left(3)], 400))
print(total([A(1.5), B(2.5), Other(0.5)], 200))


def bumps(objs, rounds):
    for r in range(rounds):
        for o in objs:
            o.bump(1)
        if r == rounds // 2:
            objs[1].v = "s"
            objs[1].bump = lambda k: None
    return [o.v for o in objs]


print(bumps([A(0), B(0), A(10)], 300))
c = A(0)
for i in range(1000):
    c.bump(i)
c.v = "x"
try:
    for i in range(3):
        c.bump(i)
except TypeError as e:
    print("TypeError", e)
print(c.v)


class Roots:
    @staticmethod
    def sqrt(x):
        return -x


class Rooter:
    def sqrt(self, x):
        return x * 10


rooter = Rooter()


def roots(n):
    global math
    t = 0.0
    for i in range(n):
        t += math.sqrt(i) + m2.sqrt(i * 0.5) + rooter.sqrt(i) + Roots.sqrt(i)
        if i == n // 2:
            saved = math
            math = Roots
    math = saved
    return round(t, 6)


print(roots(4000))
print(roots(10))
try:
    for i in range(2000):
        math.sqrt(500 - i)
except ValueError as e:
    print("ValueError", e, i)
