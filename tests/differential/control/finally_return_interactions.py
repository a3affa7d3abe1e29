def returns_in_both():
    try:
        return "try"
    finally:
        return "finally"
def finally_sees_return_value():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def finally_swallows_exception():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"broke at {i}"
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
def nested_finally_order(log):
    try:
        try:
            log.append("inner try")
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
def except_return_finally(log):
    try:
        1 / 0
    except ZeroDivisionError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
def else_runs(log):
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")
def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
print(returns_in_both(), finally_sees_return_value(), finally_swallows_exception())
print(break_in_finally(), continue_in_finally())
for fn in (nested_finally_order, except_return_finally, else_runs):
    log = []
    print(fn.__name__, fn(log), log)
for v in generator_finally():
    print("got", v)
    break
print("after loop")
def loop_with_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("  finally", i)
print(loop_with_return())
