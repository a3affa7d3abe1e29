# Hot loops in functions too large for a variable per register: the loop's registers live
# in variables and in memory at once, and every way in and out of the loop must agree.


def big(n):
    # Many registers outside the loop make the function large.
    a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
    s1 = [a, b, c, d]
    s2 = {"e": e, "f": f}
    s3 = (g, h)
    text = "%d-%d-%d" % (a, b, c)
    parts = [x * 2 for x in s1] + list(s3) + [s2["e"], s2["f"]]
    x = 0
    k = 0
    items = []
    for i in range(n):
        x = x + i * 3
        if x & 1:
            x = x // 2
        k += 1
        if i % 1000 == 999:
            items.append((i, x))
    y = 0.0
    j = 0
    while j < n:
        y = y + j * 0.5
        if j == n // 2:
            y = int(y)       # a float becomes an int mid-loop (deoptimizes)
        j += 1
    return x, k, y, items[-3:], text, parts


print(big(20000))
print(big(7))


def with_try(n):
    out = []
    total = 0
    for i in range(n):
        try:
            if i % 1111 == 0:
                raise ValueError(i)
            total += 10 // (i % 7 + 1)
        except ValueError as e:
            out.append(e.args[0])
            total -= 1
        finally:
            total += 1
    return total, out


print(with_try(10000))


def gen(n):
    acc = 0
    for i in range(n):
        acc += i
        if i % 500 == 0:
            yield acc
        acc ^= i & 3


print(sum(gen(20000)), list(gen(1200)))


def objects(n):
    # Heap values in loop registers: lists and strs built, replaced and dropped.
    keep = []
    cur = []
    s = ""
    for i in range(n):
        cur = cur + [i]
        if len(cur) > 5:
            keep.append(cur)
            cur = []
        s = s + str(i % 10)
        if len(s) > 20:
            s = s[10:]
    return len(keep), keep[-1], cur, s


print(objects(6000))


def types_change(n):
    v = 0
    out = []
    for i in range(n):
        v = v + 1
        if i == n // 3:
            v = float(v)
        if i == 2 * n // 3:
            v = str(int(v))
        if isinstance(v, str):
            v = int(v)
        out.append(type(v).__name__)
    return v, out[:2], out[-2:]


print(types_change(9000))


def unbound_in_loop(n):
    for i in range(n):
        if i == n - 1:
            del w
        w = i
    return w


try:
    unbound_in_loop(5000)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def deep(n):
    t = 0
    for i in range(n):
        for j in range(i % 13):
            t += j * i
            if t > 10 ** 12:
                t = t % 1000
    return t


print(deep(5000))


def fails(n):
    acc = 0
    for i in range(n):
        acc += i
        if i == n - 2:
            acc = acc / (i - i)
    return acc


fails(9000)
