def safe_inv(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None
print([safe_inv(x) for x in [1, 0, 2, -4]])
try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print({k: k.upper() for k in ["a", 1]})
except AttributeError as e:
    print("AttributeError:", e)
