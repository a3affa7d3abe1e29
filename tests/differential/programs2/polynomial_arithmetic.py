class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o)

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __hash__(self):
        return hash(tuple(self.c))

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __divmod__(self, d):
        num = self.c[:]
        q = [0] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            shift = len(num) - len(d.c)
            f = num[-1] / d.c[-1]
            if f == int(f):
                f = int(f)
            q[shift] = f
            for i, b in enumerate(d.c):
                num[i + shift] -= f * b
            num.pop()
        return Poly(q), Poly(num)

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]

x = Poly([0, 1])
p = (x + 1) ** 3
q = x * x - 2 * x + 1
print("p =", p, "| degree", p.degree)
print("q =", q)
print("p + q =", p + q, "| p - p =", p - p)
print("p * q =", p * q)
print("p' =", p.derivative(), "| q'' =", q.derivative().derivative())
print("p(2) =", p(2), "q(1) =", q(1), "p(-1.5) =", p(-1.5))
quot, rem = divmod(p, x + 1)
print("p / (x+1) =", quot, "rem", rem)
quot, rem = divmod(x ** 3 - 1, x - 2)
print("(x^3-1)/(x-2) =", quot, "rem", rem)
print("equal:", (x + 1) * (x - 1) == x ** 2 - 1, len({x + 1, 1 + x, x * 1 + 1}))
print("3 - x =", 3 + -x, "| 2*p =", 2 * p, "| -q =", -q)
