def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
