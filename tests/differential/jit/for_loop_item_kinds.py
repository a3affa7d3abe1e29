# Loops whose items were all small ints are compiled assuming the next one is too; another
# kind of item must leave the compiled loop with the loop variable holding it.


def total(items):
    t = 0
    for x in items:
        t = t + x * 2
    return t


ints = list(range(100))
for _ in range(300):
    total(ints)
    total(range(50))
print(total(ints), total(range(10, 20)))
print(total([1, 2, 3.5, 4]))
print(total([1, 2**70, 3]))
print(total([True, 2, False]))
try:
    total([1, 2, "three", 4])
except TypeError as e:
    print("TypeError", e)


def gen(n, odd):
    for i in range(n):
        yield i if i != n - 1 else odd


def last_item(it):
    last = None
    count = 0
    for v in it:
        last = v
        count += 1
    return count, last


for _ in range(200):
    last_item(gen(20, 19))
print(last_item(gen(20, "end")), last_item(gen(5, 2.5)), last_item(gen(3, None)))


def grid(n):
    out = 0
    for i in range(n):
        for j in range(i, n):
            if (i * j) % 7 == 3:
                break
            out += i ^ j
    return out


for _ in range(100):
    grid(30)
print("grid", grid(30), grid(2**3))


def big_range(start, n):
    s = 0
    for i in range(start, start + n):
        s += i & 0xFF
    return s


for _ in range(200):
    big_range(0, 100)
print("big", big_range(2**47 - 5, 10), big_range(2**62, 4), big_range(-(2**47) - 3, 6))


def after_loop(xs):
    for k in xs:
        pass
    return k


for _ in range(300):
    after_loop([1, 2, 3])
print(after_loop(["a", "b"]), after_loop(range(7)))
