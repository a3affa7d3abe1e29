def inner():
    raise KeyError("original")
def middle():
    try:
        inner()
    except KeyError:
        print("middle logs and re-raises")
        raise
try:
    middle()
except KeyError as e:
    print("top caught", repr(e))
def swap():
    try:
        raise ValueError("first")
    except ValueError as e:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    swap()
except Exception as e:
    print("re-raised", type(e).__name__, e)
