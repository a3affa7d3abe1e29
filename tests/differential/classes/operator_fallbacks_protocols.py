class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        print(f"  getitem {i}")
        return self.items[i]


s = Seq("a", "b", "c")
print(list(s))
print("b" in s)
print("z" in s)
a, b, c = s
print(a, b, c)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Sized(0)), bool(Sized(3)), "yes" if Sized(1) else "no")


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(8):Idx(3)], hex(Idx(255)), bin(Idx(5)), "ab" * Idx(2), range(Idx(4)))


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __round__(self, nd=None):
        return Num(round(self.v, nd)) if nd is not None else round(self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return self

    def __invert__(self):
        return Num(~int(self.v))

    def __repr__(self):
        return f"Num({self.v})"


n = Num(-2.567)
print(int(n), float(n), round(n), round(n, 1), abs(n), -n, +n, ~Num(5))


class Mat:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return Mat(self.v * o.v)

    def __rpow__(self, base):
        return f"{base} ** Mat({self.v})"

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)

    def __repr__(self):
        return f"Mat({self.v})"


m = Mat(3)
m2 = m
m @= Mat(4)
print(m, m2, 2 ** Mat(5), divmod(Mat(1), 7), divmod(7, Mat(1)))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"


print(Base() + Derived(), 1 + Base(), Derived() + 1)
