# Small methods that only compute with their instance's number attributes get inlined into
# hot callers. Whatever the instance turns out to hold, the result must be the real call's:
# attributes that become strings, big ints or are deleted, instances of other classes
# (subclasses overriding the method, or a class attribute instead of an instance one), a
# property, the method rebound on the class mid-loop, and a zero divisor raising in it.


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def aspect(self):
        return self.w / self.h

    def bigger(self, k):
        if self.w > self.h:
            return self.w * k
        return self.h * k


class Square(Rect):
    def __init__(self, s):
        self.w = s
        self.h = s

    def area(self):
        return self.w * self.w + 0


class Fixed(Rect):
    h = 4

    def __init__(self, w):
        self.w = w


class Prop(Rect):
    @property
    def h(self):
        return 7

    def __init__(self, w):
        self.w = w


def total_area(shapes, rounds):
    t = 0
    for _ in range(rounds):
        for s in shapes:
            t += s.area()
    return t


rects = [Rect(i % 7 + 1, i % 5 + 1) for i in range(50)]
print(total_area(rects, 100))
mixed = rects[:10] + [Square(3), Fixed(5), Prop(2), Rect(2.5, 4), Rect(10**20, 10**20)]
print(total_area(mixed, 50))

def areas(shapes, rounds):
    out = []
    for _ in range(rounds):
        for s in shapes:
            out.append(s.area())
    return out


print(sum(areas(rects, 60)))
odd = Rect(3, 4)
odd.h = "ab"
print(areas(rects[:5] + [odd], 2)[-3:])
del odd.h
try:
    areas(rects[:5] + [odd], 2)
except AttributeError as e:
    print("AttributeError", e)


def ratios(shapes, rounds):
    t = 0.0
    for _ in range(rounds):
        for s in shapes:
            t += s.aspect() + s.bigger(2)
    return t


print(ratios(rects, 100))


def rebind(n):
    t = 0
    for i in range(n):
        t += rects[i % 50].area()
        if i == n // 2:
            Rect.area = lambda self: -1
    return t


print(rebind(6000))
flat = Rect(5, 0)
try:
    ratios(rects[:3] + [flat], 10)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# A method that rebinds `self` is not inlined (the instance is the caller's reference).
class Counter:
    def __init__(self, n):
        self.n = n

    def bump(self):
        self = self.n + 1
        return self * 2


cs = [Counter(i) for i in range(10)]


def bumps(rounds):
    t = 0
    for _ in range(rounds):
        for c in cs:
            t += c.bump()
    return t


print(bumps(400), [c.n for c in cs][:3])
# A site cycling through classes inlines each class's method in turn.
def poly(shapes, rounds):
    # (A function of its own, so its site has seen both classes when it is compiled.)
    t = 0
    n = len(shapes)
    for i in range(rounds * n):
        t += shapes[i % n].area()
    return t


print(poly([Rect(2, 3), Square(4), Rect(1, 1), Square(2)], 1000))
print(poly([Rect(2, 3), Square(4.5), Fixed(3), Prop(2), Rect(10**19, 3)], 3))
print(ratios([flat, Rect(1, 2)], 1))
