# Hot functions using set and dict displays and comprehensions, star and double-star
# arguments, tuple(*...) packing, `del obj.attr` and `del` of a global: compiled as frameless
# code, with CPython's results and error messages.


def sets_and_dicts(row, k):
    uniq = {v % k for v in row}
    lookup = {v: i for i, v in enumerate(row) if v & 1}
    both = {*uniq, *lookup}
    merged = {**lookup, "k": k, **{"n": len(row)}}
    lit = {k, k + 1, k * 2}
    return len(uniq), sum(lookup.values()), len(both), len(merged), sorted(lit)


def forward(f, *args, **kwargs):
    return f(*args, **kwargs)


def pack(*parts):
    return (*parts, len(parts))


def target(a, b=2, *rest, c=3, **kw):
    return a + b + sum(rest) + c + len(kw)


class Box:
    def __init__(self, v):
        self.v = v
        self.tmp = v * 2


def strip(b):
    del b.tmp
    return hasattr(b, "tmp"), b.v


counter = 0


def churn(i):
    global counter, scratch
    scratch = i
    counter += scratch
    del scratch
    return counter


row = list(range(40))
total = 0
for k in range(1, 3000):
    a, b, c, d, e = sets_and_dicts(row, k % 17 + 1)
    total += a + b + c + d + e[0]
    total += forward(target, k, 1, 2, 3, c=4, x=5)
    total += len(pack(k, k, *row[:k % 5]))
    total += strip(Box(k))[1]
    total += churn(k) % 7
print(total, counter)

# Errors, from compiled code.
for bad in (lambda: forward(target, *5), lambda: forward(target, 1, **[1]),
            lambda: target(1, **{"c": 2}, **{"c": 3}), lambda: sets_and_dicts([[1]], 3),
            lambda: {**{1: 2}, **7}, lambda: [*None], lambda: strip(Box(1)) and strip(object()),
            lambda: forward(len, **{1: 2}), lambda: target(*5), lambda: target(1, *5),
            lambda: target(*5, x=2), lambda: target(*[], *5), lambda: print(*5),
            lambda: len(*5), lambda: (1, *5), lambda: target(*5, **5), lambda: target(x=1, **5)):
    try:
        print("no error", bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


def unhashable_hot(items):
    return {x for x in items}


for i in range(2000):
    unhashable_hot([i, i + 1])
try:
    churn(1)
    del scratch
except NameError as e:
    print("NameError:", e)
print(unhashable_hot([1, [2]]))
