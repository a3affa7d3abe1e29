# Item loads compiled for the kinds of items a site saw (numbers in lists and tuples): the
# item's kind is guarded, and anything else (another item kind, another container, a bad
# index) leaves compiled code at the load, which then runs exactly as before.


def norm2(v):
    return v[0] * v[0] + v[1] * v[1] + v[2] * v[2]


def total(rows, col):
    s = 0
    for r in rows:
        s = s + r[col] + r[-1]
    return s


def flags(bits, n):
    on = 0
    for i in range(n):
        if bits[i % len(bits)]:
            on += 1
    return on


class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __getitem__(self, i):
        return self.xs[i] * 10


def main():
    floats = [1.5, -2.0, 0.25]
    print(sum(norm2(floats) for _ in range(3000)))
    print(norm2((1, 2, 3)), norm2([1, 2.5, -3]), norm2((0.5, 0.5, 0.5)))
    # Items of another kind after the site was compiled for numbers.
    print(norm2([2 ** 70, 1, 1]))
    try:
        print(norm2(["a", 1, 2]))
    except TypeError as e:
        print("TypeError:", e)
    print(norm2(Vec([1, 2, 3])))
    try:
        norm2({0: 1.0, 1: 2.0})
    except KeyError as e:
        print("KeyError:", e)
    print(norm2({0: 1.0, 1: 2.0, 2: 3.0}))
    try:
        norm2([1.0, 2.0])
    except IndexError as e:
        print("IndexError:", e)

    rows = [[i, i * 0.5, -i] for i in range(200)]
    for _ in range(20):
        t = total(rows, 1)
    print("total", t, total(rows, 0), total(rows, -2))
    rows[100][1] = None
    try:
        total(rows, 1)
    except TypeError as e:
        print("TypeError:", e)
    rows[100][1] = 7
    print("total", total(rows, 1))
    try:
        total(rows, 5)
    except IndexError as e:
        print("IndexError:", e)
    print(total([(1, 2), (3, 4)], 0), total([(1.5, 2), (3, 4.5)], 1))

    print(flags([True, False, True], 3000), flags([1, 0, 0, 2], 3000), flags([0.0, 1.5], 3000))
    print(flags([True, None, "x", ""], 400))


main()
print(norm2([3.0, 4.0, 0.0]))
norm2([1.0, "b", 2.0])
