# One long-running loop (a single call, so any compilation must happen
# mid-loop) whose loop-carried locals change type partway through; all
# locals are printed afterwards to check nothing was lost on the way out of
# compiled code.


def flip(n):
    a = 0          # int -> float -> big int
    b = 1          # int grows past 2**63 by doubling
    c = ""         # str builder
    d = []         # list
    e = None       # None -> int -> tuple
    f = 0.0
    snapshots = []
    for i in range(n):
        a += i
        if i == n // 3:
            a = a / 4
        elif i == 2 * n // 3:
            a = int(a) * 2 ** 40
        if i % 50 == 0:
            b *= 2
        if i % 400 == 0:
            c += chr(65 + (i // 400) % 26)
            d.append(i)
        if i == 100:
            e = 0
        elif i > 100 and i < 2000:
            e += 1
        elif i == 2000:
            e = (e, "t")
        f = f - 0.25 if i % 2 else f + 0.5
        if i % 1000 == 999:
            snapshots.append((type(a).__name__, b.bit_length(), len(c), len(d), f))
    return a, b, c, d, e, f, snapshots


a, b, c, d, e, f, snaps = flip(4000)
print(a)
print(b)
print(c, d[:5], len(d), e, f)
for s in snaps:
    print(s)


def counter_flip():
    # a loop counter that itself changes type: int -> float -> big int
    i = 0
    hops = 0
    while i < 10 ** 30:
        hops += 1
        if hops < 1000:
            i += 1
        elif hops < 2000:
            i += 0.5
        else:
            i = int(i) * 3 + 1
    return i, hops


print(counter_flip())


def mixed_list_sum(xs):
    total = 0
    for x in xs:
        total = total + x
    return total


# many short calls with ints, then one with floats in the middle, then bools
print(mixed_list_sum(list(range(5000))))
print(mixed_list_sum([1] * 2000 + [0.5] + [2 ** 63] * 3 + [True] * 10))
print(mixed_list_sum([True] * 3000))
print(mixed_list_sum([0.1] * 1000))
print(mixed_list_sum([2 ** 64, -(2 ** 64)] * 1000 + [7]))


def attr_aug(n):
    class Box:
        pass

    bx = Box()
    bx.v = 0
    xs = [0, 0, 0]
    dd = {"k": 0}
    for i in range(n):
        bx.v += 1
        xs[i % 3] += i
        dd["k"] += 2
        if i == n // 2:
            bx.v = float(bx.v)
            xs[1] = "s"
            dd["k"] = 2 ** 63
        if isinstance(xs[1], str) and i % 3 == 1:
            xs[1] = xs[1][:3]
    return bx.v, xs, dd


try:
    print(attr_aug(3000))
except TypeError as err:
    print("TypeError:", err)


def safe_attr_aug(n):
    class Box:
        pass

    bx = Box()
    bx.v = 0
    xs = [0, 0, 0]
    dd = {"k": 0}
    for i in range(n):
        bx.v += 1
        xs[i % 3] += i
        dd["k"] += 2
        if i == n // 2:
            bx.v = float(bx.v)
            xs[1] = 0.5
            dd["k"] = 2 ** 63
    return bx.v, xs, dd


print(safe_attr_aug(3000))
