# Attribute loads compiled for the kinds of values their site gave (numbers and bools): a
# value of another kind leaves compiled code right after the load and the program goes on
# exactly as before, whether the attribute lives in the instance, the class, a property or
# a module.
import math


class P:
    scale = 2.0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def total(ps):
    s = 0.0
    for p in ps:
        s = s + p.x * p.scale - p.y
    return s


def norms(ps):
    return sum(p.norm for p in ps)


def flag_count(ps):
    n = 0
    for p in ps:
        if p.y:
            n += 1
        p.x  # a load whose value nobody uses
    return n


def circle(n):
    acc = 0.0
    for i in range(n):
        acc += math.pi * i
    return acc


def main():
    ps = [P(i * 0.5, i - 3) for i in range(100)]
    for _ in range(30):
        t = total(ps)
    print("total", t, norms(ps), flag_count(ps), ps[3].dot(ps[4]))
    print("circle", circle(1000))
    ps[50].x = "s"
    try:
        total(ps)
    except TypeError as e:
        print("TypeError:", e)
    ps[50].x = 10 ** 20
    print("big", total(ps))
    ps[50].x = 1.0
    ps[60].y = None
    print("flags", flag_count(ps))
    try:
        total(ps)
    except TypeError as e:
        print("TypeError:", e)
    ps[60].y = True
    print("total", total(ps), flag_count(ps))
    P.scale = "x"
    try:
        total(ps)
    except TypeError as e:
        print("TypeError:", e)
    P.scale = 3
    print("total", total(ps))
    del ps[70].x
    try:
        total(ps)
    except AttributeError as e:
        print("AttributeError:", e)
    ps[70].x = 0
    ps[80].x = P(1, 2)
    try:
        print(norms(ps))
    except TypeError as e:
        print("TypeError:", e)
    math.pi = 3
    print("circle", circle(10))


main()
