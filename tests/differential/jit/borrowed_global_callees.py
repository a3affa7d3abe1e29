# A global whose only use is the call right after its load (an inlined function, or the
# module of math.sqrt computed in place) is read without a reference. Whatever the global
# holds instead is called with a reference of its own, and the objects rebound away are
# released (the only references to them are the globals): a module-like object bound to
# `math` mid-loop, a callable instance replacing an inlined function, both rebound and
# deleted while their calls are hot.
import math

real_math = math


class FakeMath:
    def __init__(self, tag):
        self.tag = tag

    def sqrt(self, x):
        return -1.0


class Adder:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, a, b):
        return a - b


def add(a, b):
    return a + b


def roots(n, swap_at):
    global math
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
        if i == swap_at:
            math = FakeMath(i)
    return t


def sums(n, swap_at):
    global add
    t = 0
    for i in range(n):
        t += add(i, 1)
        if i == swap_at:
            add = Adder(i)
    return t


print(roots(3000, 2000), math.tag)
print("rebinding math")
math = real_math
print("rebound")
print(roots(3000, 10))
math = real_math
print(sums(3000, 2500))
print("rebinding add")
add = lambda a, b: a * b
print(sums(2000, 1500))
del add
print("deleted add")
try:
    sums(10, 5)
except NameError as e:
    print("NameError", e)
