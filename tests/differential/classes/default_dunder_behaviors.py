class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, hash(a) == hash(a))
for op, fn in [("<", lambda: a < b), (">=", lambda: a >= b), ("+", lambda: a + b), ("-", lambda: -a), ("[]", lambda: a[0]), ("len", lambda: len(a)), ("iter", lambda: iter(a)), ("call", lambda: a()), ("in", lambda: 1 in a)]:
    try:
        fn()
    except TypeError as e:
        print(op, "TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"


print(str(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr(), format(OnlyRepr()), [OnlyRepr()])
try:
    format(OnlyRepr(), ">10")
except TypeError as e:
    print("TypeError:", e)


class EqOnly:
    def __eq__(self, other):
        return True


try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(EqOnly() == 5, 5 == EqOnly(), EqOnly() != 5, EqOnly() in [1], [1].index(EqOnly()) if False else [3, 4].count(EqOnly()))


class Truthy:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


print(bool(Truthy()), len(Truthy()), not Truthy())


class StrAndFormat:
    def __str__(self):
        return "str"

    def __format__(self, spec):
        return f"fmt[{spec}]"


x = StrAndFormat()
print(f"{x}", f"{x:abc}", f"{x!s}", str(x), "{}".format(x), "%s" % x, format(x, "q"))
print(type(a).__name__, type(a).__qualname__, a.__class__ is Plain, Plain.__name__, isinstance(a, object))
