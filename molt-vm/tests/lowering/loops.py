def total(xs):
    s = 0
    for x in xs:
        if x % 2:
            continue
        s += x
    else:
        s -= 1
    while s > 100:
        s //= 2
    return s
