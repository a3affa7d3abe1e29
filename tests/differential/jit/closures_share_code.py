# Closures made anew on every iteration share their code: compiled callers enter that code
# with each closure's own cells, defaults-free arguments and exceptions.


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_scaler(k):
    def scale(x):
        return x * k
    return scale


def apply(f, x):
    return f(x)


def checked(k):
    def check(x):
        if x == k:
            raise ValueError("hit %d" % k)
        return x - k
    return check


def main():
    total = 0
    for i in range(3000):
        total += make_adder(i)(1)
    print("adders", total)

    # One call site, closures of two codes interleaved: each call uses its own cells.
    total = 0
    for i in range(3000):
        f = make_adder(i) if i % 3 else make_scaler(i)
        total += apply(f, 2)
    print("mixed", total)

    # Late binding: cells rebound after the closures were made.
    fns = []
    for i in range(50):
        def g(x):
            return x + i
        fns.append(g)
    s = 0
    for _ in range(100):
        for g in fns:
            s += g(1)
    print("late", s)

    # An exception raised inside a closure reached through the shared-code path.
    caught = 0
    for i in range(2000):
        try:
            apply(checked(i % 7), i % 11)
        except ValueError as e:
            caught += 1
            last = str(e)
    print("caught", caught, last)

    # A site that keeps changing callees, then settles on one (it is no longer refilled,
    # and calls still reach the right function).
    fs = [lambda x: x + 1, lambda x: x * 2, lambda x: x - 3]
    v = 0
    for i in range(3000):
        v = apply(fs[i % 3], v) % 100003
    for i in range(3000):
        v = apply(fs[1], v) % 100003
    for i in range(3000):
        v = apply(make_adder(i), v) % 100003
    print("flapping", v)

    # Then a different kind of callee at the same site: builtins and classes.
    out = []
    for f in [abs, str, make_adder(5), len, make_adder(6)]:
        out.append(apply(f, -3) if f is not len else apply(f, "abc"))
    print(out)
    apply(checked(4), 4)


main()
