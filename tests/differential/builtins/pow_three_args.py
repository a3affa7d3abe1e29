# Three-argument pow(): the base's __pow__(exp, mod); CPython's errors otherwise.
class M:
    def __init__(self, v):
        self.v = v

    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)


class R:
    def __rpow__(self, other):
        return "rpow"


class N:
    def __pow__(self, e, mod=None):
        return NotImplemented


print(pow(M(3), 2, 5), pow(M(3), 2), M(2) ** 3, pow(2, R()), pow(3, 4, 5), pow(-2, 3, 7), pow(2, -1, 5))
for args in ((2, R(), 5), (2.0, 2, 5), (2, 2.0, 5), (2, 2, 5.0), ("a", 2, 5), (N(), 2, 5), (2, 2, "x"), (True, 2, 3)):
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
