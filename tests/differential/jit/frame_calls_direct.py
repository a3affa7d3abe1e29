# Calls the interpreter makes a frame for (keyword arguments, defaults) run in the callee's
# frameless code from its start; a call that deoptimizes finishes in the interpreter until
# the code with a frame is compiled. Results and tracebacks must not depend on either.


def scale(x, factor=3, offset=0):
    return x * factor + offset


def counter(start, step=1):
    # `start` and `step` live in closure cells.
    def bump(n):
        return start + step * n

    return bump(2) + bump(5)


def walk(n, acc=0):
    if n == 0:
        return acc
    return walk(n - 1, acc=acc + n)


def mixed(values, scale_by=2):
    total = 0
    for v in values:
        total = total + v * scale_by
    return total


def remember(x, seen=[], tag="t"):
    # One default list for every call, as in CPython.
    seen.append(x)
    return len(seen), tag


def fails_at(n, limit=50):
    if n >= limit:
        raise ValueError("over the limit: " + str(n))
    return n


def main():
    s = 0
    for i in range(3000):
        s += scale(i)
        s += scale(i, 2)
        s += scale(i, offset=1)
        s += scale(x=i, factor=4, offset=-1)
    print("scale", s)

    c = 0
    for i in range(2000):
        c += counter(i) + counter(i, step=i % 7)
    print("counter", c)

    print("walk", walk(200), walk(n=150, acc=7))

    ints = list(range(100))
    floats = [v + 0.5 for v in ints]
    big = [v * 10**20 for v in ints]
    for round_ in range(30):
        a = mixed(ints)
        b = mixed(ints, scale_by=3)
    print("ints", a, b)
    # The same calls turn to floats and big ints mid-run (guards fail in the loop).
    print("floats", mixed(floats), mixed(floats, scale_by=0.25))
    print("big", mixed(big, scale_by=3))
    try:
        mixed(["a", "bc"], scale_by=2)
    except TypeError as e:
        print("strings", e)

    for i in range(2500):
        r = remember(i)
    print("remember", r, remember(-1, tag="u"), remember(-2, [])[0])

    total = 0
    for i in range(60):
        try:
            total += fails_at(i, limit=55)
        except ValueError as e:
            total -= 1
            last = str(e)
    print("fails", total, last)
    fails_at(n=99, limit=10)


main()
