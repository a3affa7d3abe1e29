def f(a, b):
    if a < b and b < 10:
        return a + b * 2
    return -a
