# Float pairs compared and combined (NaN, signed zeros, infinities, division by zero) and
# range loops with unusual steps, in loops long enough to tier up and with kinds changing.
nan = float("nan")
inf = float("inf")


def compare_all(pairs):
    out = []
    for a, b in pairs:
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    return out


pairs = [(1.5, 2.5), (2.5, 1.5), (0.0, -0.0), (nan, nan), (nan, 1.0), (inf, inf), (-inf, inf), (1e308, inf)]
for row in compare_all(pairs):
    print(row)
for _ in range(200):
    r = compare_all(pairs)
print(r == compare_all(pairs))
print(compare_all([(1, 2.0), (2.0, 1), (True, 1.0), (3, 3)]))


def combine(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                out.append((x + y, x - y, x * y, x / y))
            except ZeroDivisionError as e:
                out.append(("ZeroDivisionError", str(e)))
    return out


vals = [1.5, -0.0, 0.0, inf, -inf, nan, 1e308]
res = combine(vals, vals)
for item in res[:12]:
    print(item)
print(len(res), sum(1 for t in res if t[0] == "ZeroDivisionError"))
print([repr(t[0]) for t in res if t[0] != "ZeroDivisionError"][-8:])
acc = 0.0
for i in range(3000):
    acc = acc * 0.5 + i / 7
    if i == 2000:
        acc = acc + 1  # an int operand on one side
print(acc)
mixed = 0.5
for v in [1.0, 2, 3.5, True, 4.0]:
    mixed = mixed * v - v
print(mixed)


def ranges():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(-5, 5, 4):
        out.append(i)
    big = 2**62
    for i in range(big - 3, big + 2, 2):
        out.append(i - big)
    for i in range(big, big - 10**18, -(10**17) * 3):
        out.append(i)
    for i in range(5, 5):
        out.append("never")
    it = iter(range(6))
    for a in it:
        for b in it:
            out.append((a, b))
            break
    return out


print(ranges())
total = 0
for n in range(400):
    for k in range(n % 7, n, 5):
        total += k
print(total)
