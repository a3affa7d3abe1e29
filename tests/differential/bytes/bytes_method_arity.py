# Wrong argument counts and types for bytes and bytearray methods: CPython's messages.
calls = [
    ("count()", lambda: b"abc".count()),
    ("find()", lambda: b"abc".find()),
    ("find(b'a', 0, 2, 3)", lambda: b"abc".find(b"a", 0, 2, 3)),
    ("replace(b'a')", lambda: b"abc".replace(b"a")),
    ("strip(b'a', b'b')", lambda: b"abc".strip(b"a", b"b")),
    ("center()", lambda: b"abc".center()),
    ("zfill()", lambda: b"abc".zfill()),
    ("partition()", lambda: b"abc".partition()),
    ("upper(1)", lambda: b"abc".upper(1)),
    ("isdigit(1)", lambda: b"1".isdigit(1)),
    ("split(None, 1, 2)", lambda: b"a b".split(None, 1, 2)),
    ("join()", lambda: b",".join()),
    ("decode(1)", lambda: b"x".decode(1)),
    ("hex(1, 2, 3)", lambda: b"x".hex(1, 2, 3)),
    ("startswith()", lambda: b"x".startswith()),
    ("splitlines(1, 2)", lambda: b"x".splitlines(1, 2)),
    ("expandtabs(1, 2)", lambda: b"x".expandtabs(1, 2)),
    ("translate()", lambda: b"x".translate()),
    ("ljust()", lambda: b"x".ljust()),
    ("title(1)", lambda: b"x".title(1)),
    ("removeprefix()", lambda: b"x".removeprefix()),
    ("ba.append()", lambda: bytearray(b"x").append()),
    ("ba.extend(1, 2)", lambda: bytearray(b"x").extend(1, 2)),
    ("ba.pop(1, 2)", lambda: bytearray(b"x").pop(1, 2)),
    ("ba.insert(1)", lambda: bytearray(b"x").insert(1)),
    ("ba.upper(1)", lambda: bytearray(b"x").upper(1)),
]
for label, fn in calls:
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
