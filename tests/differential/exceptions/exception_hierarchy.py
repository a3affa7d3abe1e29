checks = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError,
          NameError, UnboundLocalError, RecursionError, StopIteration, OverflowError,
          NotImplementedError, FileNotFoundError, UnicodeDecodeError, AssertionError, KeyboardInterrupt, SystemExit]
bases = [ArithmeticError, LookupError, RuntimeError, NameError, OSError, ValueError, Exception, BaseException]
for exc in checks:
    parents = [b.__name__ for b in bases if issubclass(exc, b)]
    print(exc.__name__, exc.__mro__[1].__name__, parents)
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return [][1]
    if kind == 3:
        return int("nope")
for kind in range(4):
    try:
        risky(kind)
    except (KeyError, IndexError) as e:
        print("lookup family:", type(e).__name__)
    except ArithmeticError as e:
        print("arith family:", type(e).__name__)
    except Exception as e:
        print("generic:", type(e).__name__, e)
