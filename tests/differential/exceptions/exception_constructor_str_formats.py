# str() of built-in exceptions constructed with several arguments.
excs = [
    UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)"),
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"),
    OSError(2, "No such file or directory"),
    OSError(2, "No such file or directory", "data.txt"),
    FileNotFoundError(2, "No such file", "x.cfg"),
    SyntaxError("bad syntax", ("prog.py", 3, 5, "x = = 1\n")),
    SyntaxError("plain"),
    KeyError("k"),
    KeyError(),
    KeyError(1, 2),
    StopIteration(7),
    SystemExit(3),
    ValueError(),
    ValueError("a", 2),
]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", e.args)
u = excs[0]
print(u.encoding, u.object, u.start, u.end, u.reason)
o = excs[3]
print(o.errno, o.strerror, o.filename)
s = excs[5]
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text))
