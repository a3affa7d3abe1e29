ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
]
for label, fn in ops:
    try:
        fn()
    except (ZeroDivisionError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
