class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        return self.__add__(other)
    def __iadd__(self, other):
        print("__iadd__", other)
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(100)
print(m + 5)
print(5 + m)
print(sum([Money(1), Money(2), Money(3)]))
alias = m
m += Money(50)
print(m, alias is m)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o.v)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
x = OnlyAdd(1)
y = x
x += OnlyAdd(2)
print(x, y, x is y)
