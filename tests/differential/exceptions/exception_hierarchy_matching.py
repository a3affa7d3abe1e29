tests = [
    ("KeyError", lambda: {}["x"]),
    ("IndexError", lambda: [][0]),
    ("ZeroDivisionError", lambda: 1 // 0),
    ("ValueError", lambda: int("q")),
    ("TypeError", lambda: len(5)),
    ("AttributeError", lambda: (5).foo),
    ("StopIteration", lambda: next(iter([]))),
    ("OverflowError", lambda: 2.0 ** 5000),
    ("UnicodeDecodeError", lambda: b"\xff".decode("utf-8")),
    ("RecursionError", None),
    ("NotImplementedError", None),
    ("ModuleNotFoundError", None),
    ("UnboundLocalError", None),
]
for name, fn in tests:
    cls = {"KeyError": KeyError, "IndexError": IndexError, "ZeroDivisionError": ZeroDivisionError, "ValueError": ValueError,
           "TypeError": TypeError, "AttributeError": AttributeError, "StopIteration": StopIteration, "OverflowError": OverflowError,
           "UnicodeDecodeError": UnicodeDecodeError, "RecursionError": RecursionError, "NotImplementedError": NotImplementedError,
           "ModuleNotFoundError": ModuleNotFoundError, "UnboundLocalError": UnboundLocalError}[name]
    chain = [c.__name__ for c in cls.__mro__]
    print(name, "->", " > ".join(chain[1:]))
    if fn is not None:
        try:
            fn()
        except LookupError as e:
            print("  caught as LookupError:", type(e).__name__)
        except ArithmeticError as e:
            print("  caught as ArithmeticError:", type(e).__name__)
        except Exception as e:
            print("  caught as Exception:", type(e).__name__, isinstance(e, ValueError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionError, OSError) if "ConnectionError" in dir(__builtins__) or True else None)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong: Exception caught KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
errs = (KeyError, ZeroDivisionError)
for f in [lambda: {}[1], lambda: 1 / 0, lambda: [][1]]:
    try:
        f()
    except errs as e:
        print("tuple matched", type(e).__name__)
    except Exception as e:
        print("fallthrough", type(e).__name__)
try:
    try:
        raise ValueError("v")
    except TypeError:
        print("no")
    finally:
        print("finally before propagation")
except ValueError as e:
    print("outer got", e)
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print("multi", type(e).__name__, e.args)
class NotAnError:
    pass
try:
    try:
        raise ValueError("x")
    except NotAnError:
        pass
except TypeError as e:
    print("TypeError:", e)
