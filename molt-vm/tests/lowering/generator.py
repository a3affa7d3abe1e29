def gen(xs):
    for x in xs:
        got = yield x * 2
        if got:
            yield from range(got)
    return len(xs)
