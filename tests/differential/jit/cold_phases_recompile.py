# A function called once whose later loops had never run when its first hot loop got it
# compiled (compiled for that loop's nest, thrown away on reaching the next loop, recompiled
# there), and a function called often whose rare path had never run (compiled code leaves it
# to the interpreter, is thrown away there and recompiled with what it does). Results must
# not change across the hand-overs, including ints that grow past 64 bits, floats where ints
# ran before, and a rare path that raises.


def phases(n):
    # Phase 1: small ints only.
    s = 0
    for i in range(n):
        s += i * 3 - (i & 5)
    print("phase 1", s)
    # Phase 2: the same shape of code on values that outgrow machine ints.
    x = 1
    steps = 0
    for i in range(n):
        x = x * 3 + i
        if x > 10**30:
            x = x % 1000003
            steps += 1
    print("phase 2", x, steps)
    # Phase 3: floats through operators that only ever saw ints in phase 1.
    f = 0.5
    for i in range(n):
        f = f * 1.0001 + i / 7
        if f > 1e6:
            f -= 1e6
    print("phase 3", round(f, 6))
    # Phase 4: a while loop with a comparison and a rare branch.
    k = n * 7 + 1
    count = 0
    odd = 0
    while k != 1:
        if k % 2:
            k = 3 * k + 1
            odd += 1
        else:
            k //= 2
        count += 1
    print("phase 4", count, odd)
    return s, steps, count


def rare(values):
    total = 0
    for v in values:
        if v < 0:
            # Runs only for the last value: a cold path reached from compiled code.
            total = total - v * 1.5
            raise ValueError("negative value %d after total %r" % (v, total))
        total += v
    return total


print(phases(3000))
print(phases(50))
try:
    rare(list(range(5000)) + [-3])
except ValueError as e:
    print("caught", e)
print(rare(range(100)))


def later(n, flip):
    # Called often (so compiled whole): the float path runs only in the last call.
    t = 0
    for i in range(n):
        if flip and i > n - 3:
            t += i * 0.5
        else:
            t += i
    return t


print([later(200, False) for r in range(30)][-1], later(200, True))
rare([1, 2, 3] * 2000 + [-7])
