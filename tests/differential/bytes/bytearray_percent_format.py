# bytearray % args gives a bytearray; keyed conversions of bytes formats look keys up as bytes.
b = bytearray(b"%s-%d")
b %= (b"x", 3)
print(b)
print(bytearray(b"%(a)s|%(b)d") % {b"a": b"q", b"b": 7})
print(b"%(k)r" % {b"k": "text"})
print(b"%5.2f|%x" % (1.5, 255), bytearray(b"%c") % 65, bytearray(b"%c") % b"z")
for fmt, arg in ((b"%(a)s", {"a": b"1"}), (bytearray(b"%s %s"), (b"1",)), (bytearray(b"x"), (1, 2)), (b"%y", 1)):
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(type(bytearray(b"") % ()).__name__, type(b"" % ()).__name__)
for a in (300, "a", b"ab", 1.5, -1, bytearray(b"q"), True):
    try:
        print(b"%3c|" % (a,))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
