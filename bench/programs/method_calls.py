# Method-call-heavy classes: small methods, inheritance and super(), properties, polymorphic dispatch, bound-method calls


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def scale(self, k):
        raise NotImplementedError

    def describe(self):
        return "%s(%d,%d)" % (self.name, self.area(), self.perimeter())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        return Rect(self.w * k, self.h * k)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def scale(self, k):
        return Square(self.w * k)


class Tri(Shape):
    def __init__(self, a, b, c):
        Shape.__init__(self, "tri")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        # 16 * area^2 via Heron, kept integral
        p = self.perimeter()
        return p * (p - 2 * self.a) * (p - 2 * self.b) * (p - 2 * self.c)

    def scale(self, k):
        return Tri(self.a * k, self.b * k, self.c * k)


class Counter:
    def __init__(self):
        self._n = 0
        self._total = 0

    @property
    def n(self):
        return self._n

    @property
    def mean_x1000(self):
        return self._total * 1000 // self._n if self._n else 0

    def add(self, v):
        self._n += 1
        self._total += v
        return self

    def reset(self):
        self._n = 0
        self._total = 0


class Visitor:
    def visit(self, shape):
        return getattr(self, "visit_" + shape.name)(shape)

    def visit_rect(self, s):
        return s.w

    def visit_square(self, s):
        return s.w * 2

    def visit_tri(self, s):
        return s.a + s.c


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self._log(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self._log(-amount)
        return True

    def _log(self, delta):
        if len(self.history) >= 8:
            self.history.pop(0)
        self.history.append(delta)

    def __lt__(self, other):
        return self.balance < other.balance

    def __repr__(self):
        return "Account(%s, %d)" % (self.owner, self.balance)


def main():
    shapes = []
    for i in range(300):
        k = i % 3
        if k == 0:
            shapes.append(Rect(1 + i % 7, 2 + i % 5))
        elif k == 1:
            shapes.append(Square(1 + i % 9))
        else:
            shapes.append(Tri(3 + i % 4, 4 + i % 4, 5 + i % 4))

    areas = Counter()
    perims = Counter()
    visitor = Visitor()
    vsum = 0
    for rnd in range(4300):
        for s in shapes:
            areas.add(s.area())
            perims.add(s.perimeter())
            vsum += visitor.visit(s)
        if rnd % 50 == 49 and rnd < 150:
            shapes = [s.scale(2) if s.area() < 100 else s for s in shapes]
    print("areas", areas.n, areas.mean_x1000, "perims", perims.mean_x1000, "visit", vsum)
    print("describe", [s.describe() for s in shapes[:4]])

    accounts = [Account("u%d" % i) for i in range(50)]
    x = 12345
    ok = 0
    for step in range(1100000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acct = accounts[x % 50]
        amount = (x >> 8) % 500
        if x & 256:
            acct.deposit(amount)
        elif acct.withdraw(amount):
            ok += 1
    accounts.sort()
    print("withdrawals", ok, "poorest", accounts[0], "richest", accounts[-1])
    print("history", accounts[-1].history)

    add = areas.add
    areas.reset()
    for v in range(1100000):
        add(v & 1023)
    print("bound method", areas.n, areas.mean_x1000, "shapes made", Shape.count)


main()
