# TypeError/ValueError messages of builtins called with arguments of the wrong type.
class K:
    def __repr__(self):
        return "K()"
cases = [
    ("float(b'1.5')", lambda: float(b"1.5")),
    ("float(b'x')", lambda: float(b"x")),
    ("int(bytearray(b'12'))", lambda: int(bytearray(b"12"))),
    ("bytes(1.5)", lambda: bytes(1.5)),
    ("bytes(None)", lambda: bytes(None)),
    ("bytearray(K())", lambda: bytearray(K())),
    ("format(1.5, None)", lambda: format(1.5, None)),
    ("sum(1, 'x')", lambda: sum(1, "x")),
    ("enumerate('ab', 'x')", lambda: enumerate("ab", "x")),
    ("enumerate(1, 'x')", lambda: enumerate(1, "x")),
    ("str('x', 1)", lambda: str("x", 1)),
    ("str(b'x', None)", lambda: str(b"x", None)),
    ("str('ab', 'utf-8')", lambda: str("ab", "utf-8")),
    ("reversed({})", lambda: type(reversed({})).__name__),
    ("reversed({}.items())", lambda: list(reversed({1: 2}.items()))),
]
for label, fn in cases:
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
