def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError:
        return None
for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), ("x", 1)]:
    print(a, b, safe_div(a, b))
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(["a", None, "7", "8"]), first_int([]))
