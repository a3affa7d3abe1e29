# Assignments whose value goes straight into the target: a failing right-hand side leaves
# the target as it was, an augmented assignment reads its target before the right-hand
# side runs, and a loop variable holds the last item it got.

calls = []


def note(v):
    calls.append(v)
    return v


def unbound_augmented():
    try:
        x += note(1)  # noqa: F821
    except UnboundLocalError as e:
        print("unbound:", e, calls)


def deleted_then_augmented():
    x = 3
    del x
    try:
        x -= note(2)
    except UnboundLocalError as e:
        print("deleted:", e, calls)


def failing_right_side():
    x = 10
    try:
        x = x + int("nope")
    except ValueError:
        print("kept after ValueError:", x)
    d = {"a": 1}
    k = 5
    try:
        k = d["b"]
    except KeyError as e:
        print("kept after KeyError:", k, repr(e))
    s = "  text  "
    try:
        s = s.missing()
    except AttributeError:
        print("kept after AttributeError:", repr(s))
    s = s.strip()
    print("stripped:", repr(s))
    n = 7
    try:
        n = 1 // (n - 7)
    except ZeroDivisionError:
        print("kept after ZeroDivisionError:", n)


def walrus_in_augmented():
    x = 1
    x += (x := 5)
    print("walrus:", x)
    y = [1]
    y += (y := [2])
    print("walrus list:", y)


def loop_variables():
    i = "before"
    for i in range(0):
        pass
    print("empty loop keeps:", i)
    for i in range(3):
        pass
    print("after loop:", i)

    def items():
        yield "a"
        yield "b"
        raise RuntimeError("stop")

    item = None
    try:
        for item in items():
            pass
    except RuntimeError:
        print("last item before error:", item)
    total = 0
    for n in [1, 2, 3]:
        n = n * 10
        total += n
    print("rebinding the loop variable:", total, n)


def hot_accumulators(limit):
    total = 0
    product = 1
    for i in range(limit):
        total = total + i
        product = product * 3 + 1
    return total, product.bit_length()


def accumulate_until_bad(values):
    total = 0
    seen = 0
    for v in values:
        try:
            total = total + v
        except TypeError:
            print("stopped at", repr(v), "with", total, "after", seen)
            return total
        seen += 1
    return total


def chained_and_swapped():
    a = b = note("c")
    print("chained:", a, b)
    p, q = 1, 2
    p, q = q, p
    print("swapped:", p, q)
    v = 4
    v = note(v) * v
    print("call with own value:", v)
    w = [1, 2]
    w = w + w
    w *= 2
    print("list ops:", w)
    print("locals:", sorted(locals()))


unbound_augmented()
deleted_then_augmented()
failing_right_side()
walrus_in_augmented()
loop_variables()
for _ in range(3):
    print(hot_accumulators(2000))
values = list(range(3000)) + ["x", 5]
print(accumulate_until_bad(values))
chained_and_swapped()
