class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"str-{self.n}"
    def __repr__(self):
        return f"OnlyStr({self.n})"
class Both:
    def __str__(self):
        return "both-str"
    def __repr__(self):
        return "both-repr"
class ChildOfRepr(OnlyRepr):
    pass
class Formatted(Both):
    def __format__(self, spec):
        return f"fmt[{spec}]"
for obj in (OnlyRepr(), OnlyStr(1), Both(), ChildOfRepr(), Formatted()):
    print(str(obj), repr(obj), f"{obj}", f"{obj!r}", f"{obj!s}", "%s|%r" % (obj, obj), [obj], (obj,), {"k": obj}, "{} {!r}".format(obj, obj), format(obj, ""))
print(f"{Formatted():>10}", format(Formatted(), "x"), "{:q}".format(Formatted()))
class StrReturnsNonStr:
    def __str__(self):
        return 5
    def __repr__(self):
        return "SRN"
try:
    str(StrReturnsNonStr())
except TypeError as e:
    print("TypeError:", e)
print(repr(StrReturnsNonStr()), [StrReturnsNonStr()])
class ReprReturnsNonStr:
    def __repr__(self):
        return None
try:
    repr(ReprReturnsNonStr())
except TypeError as e:
    print("TypeError:", e)
class ExcStr(Exception):
    def __str__(self):
        return "custom exception text"
e = ExcStr("ignored")
print(str(e), repr(e), e.args, f"{e}")
