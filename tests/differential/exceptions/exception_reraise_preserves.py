def inner():
    raise KeyError("deep")


def middle():
    try:
        inner()
    except KeyError as e:
        e.add_note("seen by middle")
        raise


def outer():
    try:
        middle()
    except LookupError as e:
        print("outer caught", type(e).__name__, e, e.__notes__)
        return e


err = outer()
print(err.__context__, err.__cause__)


def convert():
    try:
        outer_err = None
        try:
            {}["x"]
        except KeyError as e:
            outer_err = e
            raise ValueError("converted") from e
    except ValueError as v:
        return v, outer_err


v, k = convert()
print(v.__cause__ is k, v.__context__ is k, v.__suppress_context__)


def swallow_and_raise_new():
    try:
        raise OSError("io")
    except OSError:
        pass
    raise RuntimeError("unrelated")


try:
    swallow_and_raise_new()
except RuntimeError as e:
    print("context after swallow:", e.__context__)


def handler_raises_same():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e


try:
    handler_raises_same()
except ValueError as e:
    print("same object context:", e.__context__)
