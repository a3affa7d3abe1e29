def show(e, depth=0):
    pad = "  " * depth
    print(f"{pad}{type(e).__name__}: {e} | suppress={e.__suppress_context__}")
    if e.__cause__ is not None:
        print(f"{pad}cause:")
        show(e.__cause__, depth + 1)
    elif e.__context__ is not None:
        print(f"{pad}context:")
        show(e.__context__, depth + 1)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("converted")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
    print("context still set:", type(e.__context__).__name__)
try:
    try:
        raise OSError("first")
    except OSError as first:
        try:
            raise LookupError("second")
        except LookupError:
            raise AttributeError("third")
except AttributeError as e:
    show(e)
e = Exception("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise 42
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as err:
    print(repr(err), str(err) == "")
def reraiser():
    try:
        raise KeyError("orig")
    except KeyError as e:
        err = e
    raise err
try:
    reraiser()
except KeyError as e:
    print("reraised outside handler:", e, e.__context__)
