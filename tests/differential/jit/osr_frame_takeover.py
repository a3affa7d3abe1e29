# Hot loops in functions called once: compiled code takes the running frame over at a loop
# header (on-stack replacement) and must continue with every local, cell, iterator and
# exception exactly as the interpreter would have.


def accumulate(n):
    total = 0
    squares = []
    name = "acc"
    for i in range(n):
        total += i * i
        if i % 1000 == 0:
            squares.append(i)
    return name, total, squares[:3], len(squares)


print(accumulate(20000))


def nested(n):
    t = 0.0
    hits = 0
    for i in range(n):
        for j in range(7):
            t += i * 0.5 - j
            if j == 6 and i % 997 == 0:
                hits += 1
    return t, hits


print(nested(3000))


def kinds_change(n):
    # Ints for a long while (the taken-over code assumes small ints), then a float, a big
    # int and finally a str: each switch must leave compiled code with the right state.
    acc = 0
    seen = []
    for i in range(n):
        if i < n - 30:
            x = i
        elif i < n - 20:
            x = i + 0.5
        elif i < n - 10:
            x = 2**70 + i
        else:
            x = i
        acc += x
        if i == n - 25 or i == n - 15 or i == n - 5:
            seen.append((i, type(acc).__name__))
    return acc, seen


print(kinds_change(5000))


def with_cells(n):
    count = 0

    def bump(k):
        nonlocal count
        count += k

    def peek():
        return count

    i = 0
    while i < n:
        bump(i % 3)
        i += 1
    return count, peek()


print(with_cells(4000))


def early_exit(items, target):
    for pos, v in enumerate(items):
        if v == target:
            return pos
    else:
        return -1


print(early_exit(list(range(10000)), 7777), early_exit(list(range(3000)), -5))


def search_break(n):
    found = None
    k = 0
    while True:
        k += 1
        if k * k > n:
            found = k
            break
    return found, k


print(search_break(10**8))


def fails_late(n, data):
    total = 0
    for i in range(n):
        total += data[i % len(data)] // (n - 1000 - i)
    return total


def outer():
    try:
        return fails_late(3000, [3, 1, 4, 1, 5])
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
        return None


print(outer())


def raises_in_handler(n):
    try:
        {}["missing"]
    except KeyError:
        s = 0
        for i in range(n):
            s += i
        return s + fails_late(2000, [1])


try:
    raises_in_handler(5000)
except ZeroDivisionError as e:
    print("context", repr(e.__context__))


def strings_loop(n):
    parts = []
    word = ""
    for i in range(n):
        word = word + chr(97 + i % 26) if len(word) < 20 else ""
        if i % 500 == 0:
            parts.append(word)
    return "|".join(parts[:4]), len(parts)


print(strings_loop(8000))


def uncaught(n):
    acc = []
    for i in range(n):
        acc.append(i)
        if len(acc) > n - 3:
            acc[n]
    return acc


uncaught(4000)
