# A generator suspended inside an except block keeps its "current exception":
# a bare raise after the yield re-raises it, and new exceptions get it as context.
def reraiser():
    try:
        raise KeyError("original")
    except KeyError:
        yield "in handler"
        raise

g = reraiser()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised:", repr(e))

def chainer():
    try:
        raise KeyError("first")
    except KeyError:
        yield 1
        raise ValueError("second")

g = chainer()
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

def many():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            yield e
            yield f"still handling {e.args[0]}"
print([str(x) for x in many()])
