# %-formatting and str.format scanning: non-ASCII text around fields, every error the
# scanners raise (with the character index CPython reports), mapping keys, nested specs,
# small and big ints with and without flags.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("plain", lambda: "héllo %s wörld %d ünd %r" % ("ß", 42, "日本"))
attempt("no fields", lambda: "ñandú" % ())
attempt("pct pct", lambda: "100%% sure, %d%%" % 7)
attempt("unsupported", lambda: "ab%yc" % (1,))
attempt("unsupported non-ascii", lambda: "日本%é" % (1,))
attempt("unsupported after text", lambda: "ééé %d %q" % (1, 2))
attempt("incomplete", lambda: "abc %" % ())
attempt("incomplete flags", lambda: "abc %-05" % (1,))
attempt("too few", lambda: "%s %s" % ("a",))
attempt("too many", lambda: "%s" % ("a", "b"))
attempt("mapping", lambda: "%(név)s is %(age)03d" % {"név": "Ana", "age": 7})
attempt("mapping nested parens", lambda: "%((x))s" % {"(x)": 1})
attempt("mapping missing", lambda: "%(a)s" % {"b": 1})
attempt("mapping incomplete", lambda: "%(a" % {"a": 1})
attempt("mapping required", lambda: "%(a)s" % (1,))
attempt("star width", lambda: "[%*d] [%-*d] [%.*f]" % (5, 42, 5, 42, 2, 3.14159))
attempt("width digits", lambda: "[%10s] [%-10s] [%.2s] [%5.1s]" % ("abc", "abc", "abcdef", "xyz"))
attempt("int flags", lambda: "[%d] [%+d] [% d] [%05d] [%-5d] [%x] [%#X] [%#o] [%.3d]" % (7, 7, 7, -7, 7, 255, 255, 8, 5))
attempt("big ints", lambda: "%d %x %+d %020d" % (10**25, 2**70, -10**20, -3**30))
attempt("bools and floats as %d", lambda: "%d %d %i %u" % (True, False, 3.99, -2.5))
attempt("length modifiers", lambda: "%ld %hd %Lf" % (1, 2, 3.0))
attempt("%s of non-str", lambda: "%s %s %s %s" % (None, 1.5, [1, "a"], (2,)))
attempt("%c", lambda: "%c%c%5c" % ("é", 0x65E5, "x"))


class S:
    def __init__(self, raw):
        self.raw = raw

    def __repr__(self):
        return "S(%r)" % self.raw

    def __str__(self):
        return "S!"

    def __format__(self, spec):
        return "F(" + spec + ")"


attempt("object %s", lambda: "%s" % S("raw"))
attempt("object format", lambda: "{} {:>5} {!s} {!r}".format(S("raw"), S("raw"), S("raw"), S("raw")))

attempt("format plain", lambda: "ünï {} cödé {}".format("ß", 12))
attempt("format braces", lambda: "{{é}} {{}} {}".format(1))
attempt("format single open", lambda: "abc {".format())
attempt("format unclosed", lambda: "abc {0:>{1}".format(1, 2))
attempt("format single close", lambda: "abc } def".format())
attempt("format nested spec", lambda: "[{0:{1}{2}}] [{:>{w}.{p}f}]".format(3.14159, ">", 9, w=10, p=3) if False else "[{0:{1}{2}}]".format("é", ">", 4))
attempt("format nested auto", lambda: "[{:>{}.{}f}]".format(3.14159, 10, 3))
attempt("format conv", lambda: "{!r:>8} {!s:<6}| {!a}".format("é", 12, "日本"))
attempt("format bad conv", lambda: "{!x}".format(1))
attempt("format conv end", lambda: "{!}".format(1))
attempt("format conv then junk", lambda: "{!rx}".format(1))
attempt("format index", lambda: "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
attempt("format index colon", lambda: "{0[a:b]}".format({"a:b": 9}))
attempt("format manual then auto", lambda: "{0} {}".format(1, 2))
attempt("format auto then manual", lambda: "{} {0}".format(1, 2))
attempt("format out of range", lambda: "{} {}".format(1))
attempt("format missing kw", lambda: "{name}".format(x=1))
attempt("format int specs", lambda: "{:03d} {:>6} {:<4}| {:^7} {:+,} {:_x} {:#b}".format(5, -12, 3, 9, 1234567, 2**40, 5))
attempt("format big int spec", lambda: "{:,} {:>30} {:x}".format(10**22, -10**20, 3**50))
attempt("format bool spec", lambda: "{:>5} {:d} {}".format(True, False, True))
attempt("format float specs", lambda: "{:.2f} {:>10.3e} {:%} {:g}".format(2.345, 12345.678, 0.25, 1e20))
attempt("format too many digits", lambda: "{:99999999999999999999}".format(1))
attempt("format spec errors", lambda: "{:q}".format(1))
attempt("fstring", lambda: f"{'é'!r:>6} {3:04d} {'ab':^6} {2**65:,}")
