def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except-value")
    except (KeyError, IndexError) as e:
        log.append("except-lookup:" + type(e).__name__)
        try:
            raise
        except KeyError:
            log.append("nested-reraise-caught")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for kind in ["none", "value", "key", "return"]:
    print(kind, run(kind))
def in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        try:
            raise RuntimeError("in else")
        except RuntimeError as e:
            return "else caught " + str(e)
    finally:
        print("in_else finally")
print(in_else())
def nested_finally_exc():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally, exception pending")
    except ValueError as e:
        return "outer caught " + str(e)
print(nested_finally_exc())
def exc_var_deleted():
    e = "before"
    try:
        raise KeyError("x")
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(exc_var_deleted())
def loop_with_exceptions():
    results = []
    for item in ["1", "x", "3", None, "5"]:
        try:
            results.append(int(item))
        except ValueError:
            results.append("bad")
            continue
        except TypeError:
            results.append("none")
            break
        finally:
            results.append("|")
    return results
print(loop_with_exceptions())
def raise_in_finally_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise KeyError("replacement")
    except KeyError as e:
        return f"got {e!r}, context {e.__context__!r}"
print(raise_in_finally_replaces())
def return_in_finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(return_in_finally_swallows())
import sys
def exc_info_check():
    print(sys.exc_info()[0])
    try:
        raise IndexError("i")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.exception() is v)
    print(sys.exc_info(), sys.exception())
exc_info_check()
