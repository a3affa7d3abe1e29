def roundrobin(*iterables):
    its = [iter(i) for i in iterables]
    while its:
        alive = []
        for it in its:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        its = alive
print(list(roundrobin("abc", [1, 2], (True,), "")))
def zip_longest(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    sentinel = object()
    while True:
        x = next(ia, sentinel)
        y = next(ib, sentinel)
        if x is sentinel and y is sentinel:
            return
        yield (fill if x is sentinel else x, fill if y is sentinel else y)
print(list(zip_longest([1, 2, 3], "ab", "-")))
