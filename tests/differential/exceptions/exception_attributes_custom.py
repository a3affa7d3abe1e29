class HTTPError(Exception):
    def __init__(self, status, message="error"):
        super().__init__(status, message)
        self.status = status
        self.message = message
    def __str__(self):
        return f"[{self.status}] {self.message}"
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")
        self.path = path
try:
    raise NotFound("/index")
except HTTPError as e:
    print(e, repr(e), e.args, e.status, e.path, isinstance(e, NotFound))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print(repr(e), str(e), e.args)
class KwErr(Exception):
    def __init__(self, *, code):
        super().__init__(f"code={code}")
        self.code = code
print(repr(KwErr(code=5)), KwErr(code=5).code)
print(str(KeyError("k")), str(KeyError("k", "j")), repr(KeyError()), str(KeyError(1)), str(IndexError("i")))
print(str(Exception()), str(Exception(None)), str(Exception(1, 2)), repr(Exception("a", 1)))
print(repr(ValueError("it's")), str(ValueError("")), len(ValueError("a", "b").args))
err = ValueError("orig")
err.args = ("changed", 2)
print(err, repr(err))
err2 = OSError(2, "No such file")
print(err2.errno, err2.strerror, str(err2), err2.args)
se = StopIteration(5)
print(se.value, StopIteration().value)
ke = KeyError("x")
ke.extra = "attr"
print(ke.extra, sorted(k for k in vars(ke)))
e = Exception("with note")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
class Chain(Exception):
    pass
c = Chain("top")
print(c.__traceback__, c.__context__, c.__cause__, c.__suppress_context__)
try:
    raise c
except Chain as caught:
    print(caught is c, caught.__traceback__ is not None)
print(isinstance(Exception(), BaseException), Exception.__name__, Exception.__bases__[0].__name__)
print(ValueError.__mro__[1:])
