# Attributes of OSError, SyntaxError and the Unicode errors: defaults, assignment, str().
e = OSError("just a message")
print(e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(13, "Permission denied", "a.txt", None, "b.txt")
print(type(e).__name__, str(e), e.args, e.filename2)
e = OSError(5, "I/O", None)
print(str(e), e.args, e.filename)
e.filename = "later.txt"
print(str(e), e.filename)
class MyErr(OSError):
    pass
m = MyErr(2, "gone", "f")
print(type(m).__name__, str(m), m.args, m.errno)
s = SyntaxError()
print(repr(str(s)), s.msg, s.lineno)
s = SyntaxError("m", ("/a/b/c.py", None, 1, "x"))
print(str(s), s.filename, s.text)
s = SyntaxError("m", (None, 7, 1, "x", 7, 2))
print(str(s), s.end_lineno, s.end_offset)
u = UnicodeEncodeError("ascii", "a\u20acb\U0001f600", 1, 2, "bad")
print(str(u))
u = UnicodeEncodeError("ascii", "a\u20acb\U0001f600", 3, 4, "bad")
print(str(u))
u = UnicodeEncodeError("ascii", "abc", 0, 3, "bad")
print(str(u))
d = UnicodeDecodeError("utf-8", b"\xc3\x28", 0, 2, "invalid continuation byte")
print(str(d), d.start, d.end)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.cfg")
except OSError as err:
    print(err.errno, err.strerror, err.filename, err)
