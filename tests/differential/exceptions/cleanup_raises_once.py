# finally bodies and __exit__ that raise after a normal exit (or a return/break/continue)
# run once; their exception leaves the statement.
calls = []


def f():
    try:
        pass
    finally:
        calls.append('cleanup')
        raise KeyError('k')


try:
    f()
except KeyError as e:
    print(calls, repr(e), repr(e.__context__))


def g(n):
    out = []
    for i in range(n):
        try:
            try:
                out.append(i)
            finally:
                out.append("inner")
                raise ValueError(i)
        except ValueError as e:
            out.append(("caught", e.args[0], e.__context__))
        finally:
            out.append("outer")
    return out


print(g(2))


def h():
    try:
        return "body"
    finally:
        calls.append("h-finally")
        raise IndexError("from finally")


try:
    h()
except IndexError as e:
    print(repr(e), calls[-1], calls.count("h-finally"), e.__context__)


class CM:
    def __init__(self, name, fail):
        self.name, self.fail = name, fail

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(self.name, 'exit called with', t.__name__ if t else None)
        if t is None and self.fail:
            raise RuntimeError('commit failed: ' + self.name)
        return True


def w1():
    with CM("a", True):
        pass
    return 'no error'


def w2():
    with CM("b", True):
        return 'returned'


def w3():
    out = []
    for i in range(3):
        with CM("c%d" % i, i == 1):
            if i == 2:
                break
            continue
    return out


def w4():
    with CM("outer", False):
        with CM("inner", True):
            return "x"
    return "after"


def w5():
    try:
        with CM("t", True):
            pass
    except RuntimeError as e:
        return "caught " + str(e)


for fn in (w1, w2, w3, w4, w5):
    try:
        print(fn.__name__, fn())
    except RuntimeError as e:
        print(fn.__name__, 'caught', e, e.__context__)
