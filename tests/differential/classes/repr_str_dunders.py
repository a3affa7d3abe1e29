class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
    def __repr__(self):
        return "StrOnly-repr"
b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b} {b!r}")
r = ReprOnly()
print(r, str(r), [r])
s = StrOnly()
print(s, [s], "%s %r" % (s, s), "{} {!r}".format(s, s))
class Format:
    def __format__(self, spec):
        return f"<fmt {spec!r}>"
    def __repr__(self):
        return "Format()"
print(f"{Format():>10}", format(Format(), "x"), "{:abc}".format(Format()))
