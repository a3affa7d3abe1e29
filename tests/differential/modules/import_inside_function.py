def use_math():
    import math
    return math.factorial(10)
def use_helper():
    from _config_mod import over_limit
    return over_limit(100)
print(use_math(), use_helper())
try:
    print(math.pi)
except NameError as e:
    print("NameError:", e)
