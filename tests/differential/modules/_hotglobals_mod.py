# Helper for global_cache_patched_from_outside: hot functions reading module globals.
SCALE = 2


def helper(x):
    return x + 1


def work(n):
    t = 0
    for i in range(n):
        t += helper(i) * SCALE + len("abc")
    return t


def uses_abs(v):
    return abs(v)
