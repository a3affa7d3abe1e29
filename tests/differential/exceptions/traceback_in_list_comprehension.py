def invert_all(xs):
    return [1 / x for x in xs]
print(invert_all([1, 2, 4]))
print(invert_all([1, 0]))
