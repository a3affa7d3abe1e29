# Error messages from bytes %-formatting, indexing and membership.
one_f, one_s, nothing = 1.0, "1", None
cases = [
    ("b'x' % 1", lambda: b"x" % 1),
    ("b'%d' % 'a'", lambda: b"%d" % "a"),
    ("b'%s %s' % (b'a',)", lambda: b"%s %s" % (b"a",)),
    ("b'%s' % 'text'", lambda: b"%s" % "text"),
    ("b'%d-%b' % (1, b'z')", lambda: b"%d-%b" % (1, b"z")),
    ("bytearray(b'%d') % 5", lambda: bytearray(b"%d") % 5),
    ("bytearray(b'x') % 5", lambda: bytearray(b"x") % 5),
    ("b'abc'[1.0]", lambda: b"abc"[one_f]),
    ("b'abc'['1']", lambda: b"abc"[one_s]),
    ("bytearray(b'abc')[None]", lambda: bytearray(b"abc")[nothing]),
    ("'a' in b'abc'", lambda: "a" in b"abc"),
    ("'a' in bytearray(b'abc')", lambda: "a" in bytearray(b"abc")),
    ("1.5 in bytearray(b'abc')", lambda: 1.5 in bytearray(b"abc")),
    ("300 in b'abc'", lambda: 300 in b"abc"),
    ("b'ab' in bytearray(b'cab')", lambda: b"ab" in bytearray(b"cab")),
]
for label, fn in cases:
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
