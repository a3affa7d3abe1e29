import math

class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __pow__(self, n):
        return Rational(self.num ** n, self.den ** n) if n >= 0 else Rational(self.den ** -n, self.num ** -n)

    def __eq__(self, o):
        o = self._coerce(o)
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"

h = sum((Rational(1, k) for k in range(1, 11)), Rational(0))
print("H(10) =", h, "~", float(h))
print(Rational(3, -6), Rational(10, 4) + 1, 2 - Rational(1, 3), 1 / Rational(5, 7), Rational(2, 3) ** -2)
vals = [Rational(1, 2), Rational(1, 3), Rational(2, 4), Rational(-5, 6), Rational(7)]
print(sorted(vals), max(vals), min(vals), len(set(vals)))
print(Rational(1, 2) == 0.5 if False else Rational(1, 2) == Rational(2, 4), Rational(3) == 3, Rational(1, 3) <= Rational(1, 2))
e = Rational(0)
fact = 1
for k in range(15):
    e = e + Rational(1, fact)
    fact *= k + 1
print("e ~", e, f"{float(e):.15f}")
try:
    Rational(1, 0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
try:
    Rational(1) / Rational(0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
