def f(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError branch"
    except LookupError:
        return "LookupError branch"
    except (ValueError, TypeError) as e:
        return f"tuple branch {type(e).__name__}"
    except Exception as e:
        return f"Exception branch {type(e).__name__}"
for exc in [KeyError("a"), IndexError(), ValueError(), TypeError, UnicodeError(), RuntimeError("r"), ZeroDivisionError]:
    print(f(exc))
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", type(e).__name__)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
