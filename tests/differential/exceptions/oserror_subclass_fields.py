# OSError subclasses, including those two levels down (BrokenPipeError under
# ConnectionError), have OSError's fields and str, and the whole MRO.
for cls in (OSError, ConnectionError, BrokenPipeError, FileNotFoundError, PermissionError, TimeoutError, IsADirectoryError):
    e = cls(32, "Broken pipe")
    print(cls.__name__, [c.__name__ for c in cls.__mro__], e.errno, e.strerror, str(e), repr(e.args))
    print(issubclass(cls, OSError), isinstance(e, OSError), isinstance(e, Exception))
e = OSError(32, "Broken pipe")
print(type(e).__name__, str(e))
e = OSError(2, "No such file", "x.txt")
print(type(e).__name__, str(e), e.filename)
try:
    raise BrokenPipeError(32, "Broken pipe")
except ConnectionError as c:
    print("caught", type(c).__name__, c.errno)
try:
    raise BrokenPipeError(32, "Broken pipe")
except OSError as c:
    print("caught as OSError", c)
