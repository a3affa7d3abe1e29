# Locals of many types computed in a hot function must survive an
# exception that unwinds out of the middle of the computation, whether it
# is caught in the same function or in a caller, and after a loop is left
# through break/return inside try.


def compute(i, fail_at):
    x = i * 3               # int
    y = x / 2               # float
    z = x * 2 ** 62         # big int
    s = "k%d" % i           # str
    lst = [x, y]
    try:
        if i == fail_at:
            lst.append(1 // (i - i))
        lst.append(z)
    except ZeroDivisionError:
        return ("caught", x, y, z, s, lst)
    finally:
        lst.append("fin")
    return ("ok", x, y, z % 1000, s, len(lst))


for i in range(2000):
    r = compute(i, -1)
print(r)
print(compute(5, 5))
print(compute(2001, 7))


def outer_catch(n):
    total = 0
    f = 0.0
    big = 2 ** 63
    i = 0
    try:
        while True:
            total += i
            f += 0.5
            big += i
            if i == n:
                raise LookupError("stop at %d" % i)
            i += 1
    except LookupError as e:
        return total, f, big, i, str(e)


print(outer_catch(3000))
print(outer_catch(0))


def inner_raises(k):
    if k % 1000 == 999:
        raise ValueError(k)
    return k


def caller(n):
    acc = 0
    fl = 1.0
    lastval = None
    errors = []
    for k in range(n):
        try:
            acc += inner_raises(k)
            fl *= 1.0001
        except ValueError as e:
            errors.append((e.args[0], acc, round(fl, 6)))
            lastval = acc
    return acc, round(fl, 6), lastval, errors


print(caller(3000))


def break_in_try(n):
    a = 0
    b = 0.0
    for i in range(n):
        try:
            a += i
            b += 1.5
            if a > 1000000:
                break
        finally:
            b -= 0.5
    return a, b, i


print(break_in_try(5000))


def swallow_and_continue(items):
    good = []
    bad = []
    for it in items:
        try:
            v = it["v"] * 2
            w = v + it["w"]
        except KeyError as e:
            bad.append(("key", e.args[0]))
            continue
        except TypeError:
            bad.append(("type", it.get("v")))
            continue
        good.append(w)
    return sum(good), len(good), bad[:4], len(bad)


items = []
for i in range(3000):
    if i % 600 == 5:
        items.append({"v": i})
    elif i % 700 == 6:
        items.append({"v": "s", "w": 1})
    else:
        items.append({"v": i, "w": i % 3})
print(swallow_and_continue(items))


def nested_handlers(i):
    trail = []
    try:
        trail.append("a")
        try:
            trail.append("b")
            if i % 3 == 0:
                raise KeyError(i)
            if i % 3 == 1:
                raise IndexError(i)
            trail.append("c")
        except KeyError:
            trail.append("k")
            raise TypeError("from key")
        finally:
            trail.append("f1")
    except TypeError as e:
        trail.append(str(e))
    except IndexError:
        trail.append("i")
    finally:
        trail.append("f2")
    return "-".join(trail)


counts = {}
for i in range(3000):
    t = nested_handlers(i)
    counts[t] = counts.get(t, 0) + 1
print(sorted(counts.items()))
