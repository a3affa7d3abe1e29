# More conversions of bytes-like and non-iterable arguments, and codec-argument checks.
cases = [
    ("float(bytearray(b' 2.5 '))", lambda: float(bytearray(b" 2.5 "))),
    ("float(bytearray(b'z'))", lambda: float(bytearray(b"z"))),
    ("int(b'ff', 16)", lambda: int(b"ff", 16)),
    ("int(bytearray(b'z'))", lambda: int(bytearray(b"z"))),
    ("bytes(iter([1, 2]))", lambda: bytes(iter([1, 2]))),
    ("bytearray(3.0)", lambda: bytearray(3.0)),
    ("str(b'caf\\xc3\\xa9', 'utf-8')", lambda: str(b"caf\xc3\xa9", "utf-8")),
    ("str(b'\\xe9', 'latin-1')", lambda: str(b"\xe9", "latin-1")),
    ("str(b'x', 'utf-8', 5)", lambda: str(b"x", "utf-8", 5)),
    ("str(5, 'utf-8')", lambda: str(5, "utf-8")),
    ("b'x'.decode(None)", lambda: b"x".decode(None)),
    ("format(3, 4)", lambda: format(3, 4)),
    ("sum([], 'x')", lambda: sum([], "x")),
    ("enumerate(None, 1.5)", lambda: enumerate(None, 1.5)),
    ("reversed({}.values())", lambda: type(reversed({}.values())).__name__),
    ("reversed({}.items())", lambda: type(reversed({}.items())).__name__),
    ("reversed([])", lambda: type(reversed([])).__name__),
    ("reversed('ab')", lambda: type(reversed("ab")).__name__),
    ("list(reversed({1: 2, 3: 4}.values()))", lambda: list(reversed({1: 2, 3: 4}.values()))),
]
for label, fn in cases:
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError, LookupError) as e:
        print(label, "->", type(e).__name__ + ":", e)
