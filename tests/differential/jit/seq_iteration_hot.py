# for-loops over lists and tuples in compiled code: lists growing, shrinking and
# cleared while iterated, shared iterators advanced with next(), nested loops over
# the same list, empty sequences, and iterators resumed after the loop broke.


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


def grow(xs):
    n = 0
    for x in xs:
        n += 1
        if len(xs) < 40:
            xs.append(x * 2)
    return n, xs[-3:]


def shrink(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if xs:
            xs.pop(0)
    return seen, xs


def clear_mid(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if x == 3:
            xs.clear()
    return seen


def pairs(xs):
    it = iter(xs)
    out = []
    for a in it:
        out.append((a, next(it, None)))
    return out


def nested(xs):
    t = 0
    for a in xs:
        for b in xs:
            t += a * b
    return t


def resume(xs):
    it = iter(xs)
    first = []
    for x in it:
        first.append(x)
        if x == 2:
            break
    rest = [x for x in it]
    return first, rest


for _ in range(40):
    r = (walk([1, "a", None, 2.5]), walk(()), walk((1, 2, 3)), grow([1, 2, 3]), shrink(list(range(10))),
         clear_mid([1, 2, 3, 4, 5]), pairs([1, 2, 3, 4, 5]), pairs((1, 2)), nested([1, 2, 3]), resume((1, 2, 3, 4)))
for x in r:
    print(x)
