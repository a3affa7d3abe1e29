class AppError(Exception):
    pass
class DataError(AppError, ValueError):
    pass
class NetError(AppError, OSError):
    pass
class Timeout(NetError, TimeoutError):
    pass
def classify(exc):
    try:
        raise exc
    except Timeout:
        return "Timeout"
    except (DataError, KeyError) as e:
        return f"DataError-or-KeyError:{type(e).__name__}"
    except NetError:
        return "NetError"
    except AppError:
        return "AppError"
    except LookupError:
        return "LookupError"
    except ArithmeticError as e:
        return f"Arithmetic:{type(e).__name__}"
    except OSError:
        return "OSError"
    except Exception as e:
        return f"Exception:{type(e).__name__}"
for exc in [Timeout(), DataError("d"), KeyError("k"), NetError(), AppError(), IndexError(), ZeroDivisionError(),
            OverflowError(), FileNotFoundError(), TimeoutError(), ValueError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "x"),
            RecursionError(), NotImplementedError(), StopIteration(), ModuleNotFoundError()]:
    print(f"{type(exc).__name__:<20} -> {classify(exc)}")
print([c.__name__ for c in Timeout.__mro__])
print(issubclass(Timeout, OSError), issubclass(DataError, ValueError), isinstance(Timeout(), TimeoutError))
def first_match(exc, handlers):
    for h in handlers:
        if isinstance(exc, h):
            return h.__name__
print(first_match(Timeout(), [ValueError, OSError, Timeout]))
try:
    try:
        raise DataError("inner")
    except ValueError as e:
        raise NetError("wrapped") from e
except AppError as e:
    print(type(e).__name__, "from", type(e.__cause__).__name__, e.__cause__)
