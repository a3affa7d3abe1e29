# %-formatting with a mapping argument: mixed and missing keys.
cases = [
    ("%(a)s %s", {"a": 1}),
    ("%(a)s %(b)s", {"a": 1}),
    ("%s", {"a": 1}),
    ("%(a)s", (1,)),
    ("%(a)s", 5),
    ("%(a)d%%", {"a": 7}),
    ("%(a)5.1f|", {"a": 2.25}),
    ("%(a)s %(a)r", {"a": "q"}),
    ("%(missing", {"a": 1}),
    ("%s %s", {"a": 1}),
    ("no specifiers", {"a": 1}),
    ("no specifiers", ()),
    ("no specifiers", 5),
]
for fmt, arg in cases:
    try:
        print(repr(fmt), "->", repr(fmt % arg))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
