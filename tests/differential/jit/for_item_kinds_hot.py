# `for` loops whose items were all numbers (floats, ints, or both) enter their body with
# the item's kind known; an item of another kind, met after the loop was compiled, leaves
# compiled code at the body's start and the loop goes on exactly as before.


def sumsq(xs):
    s = 0.0
    for x in xs:
        s += x * x - 0.5
    return s


def count_true(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
    return n


def halves(xs):
    s = 0.0
    for x in xs:
        s += x / 2.0 + x * x
    return s


def main():
    # Only floats, then a range: its small ints are no floats.
    for _ in range(60):
        h = halves([0.5, 1.5, 2.5])
    print(h, halves(range(7)), halves(range(-3, 9, 4)), halves(range(5, 0, -1)))
    floats = [0.5 * i for i in range(200)]
    mixed = [i if i % 3 else i * 0.25 for i in range(200)]
    for _ in range(40):
        a = sumsq(floats)
        b = sumsq(mixed)
    print(a, b, count_true(floats), count_true(mixed))
    print(sumsq([1, 2, 3]), sumsq((2.5, -1.0)), sumsq(range(10)))
    print(sumsq([1.0, 2 ** 70, 3.0]))
    print(sumsq([1.0, True, 3.0]))
    try:
        sumsq([1.0, "x", 3.0])
    except TypeError as e:
        print("TypeError:", e)
    print(count_true([0.0, -0.0, float("nan"), 1e-300, 0, 5]))
    print(count_true([0.0, None, "", "a", [], [0], 2.0]))
    print(sumsq(floats))


main()
