# Small pure functions called from hot loops get inlined (their body compiled into the
# caller, guarded): results must match the real call whatever the arguments turn out to be,
# including ints that outgrow 64 bits, floats after ints, bools, strings, a zero divisor
# (whose traceback names the callee), a rebound global, and a branch in the callee.


def elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def mix(a, b):
    return a * 31 + b


def ratio(a, b):
    return a / b


def lin(a, b):
    return a * 3 + b


def addk(a, b):
    return a + b * 3


def run(n):
    acc = 0.0
    c = 0
    m = 7
    for i in range(n):
        acc += elem(i % 50, i % 7)
        c += clamp(i - n // 2, -100, 100)
        m = mix(m, i) % 1000003
    return acc, c, m


print(run(5000))
print(run(50))

# Arguments of other kinds than the body saw: the real call decides.
def grow(n):
    out = []
    x = 1
    for i in range(n):
        x = mix(x, i)
        if i % 10 == 9:
            out.append(x)
        if i % 20 == 19:
            x = x % 10**40
    return out


print(grow(3000)[-1] % 1000000007, grow(3000)[-1].bit_length())


def kinds(n):
    got = []
    for i in range(n):
        got.append(lin(i, 1))
    got.append(lin(2.5, 1))
    got.append(lin(True, False))
    got.append(lin("ab", "c"))
    got.append(lin(2**62, 2**62))
    got.append(clamp(0.5, 0, 1))
    got.append(clamp(5, 1.5, 2.5))
    return got[-7:], sum(got[:n])


print(kinds(4000))


def divide_all(n):
    total = 0.0
    for i in range(n):
        total += ratio(i, 3)
    try:
        ratio(1, 0)
    except ZeroDivisionError as e:
        print("caught", e)
    return total


print(divide_all(4000))


# Rebinding the global mid-loop: later calls get the new function.
def use_mix(n):
    global addk
    total = 0
    for i in range(n):
        total += addk(i, 2)
        if i == n // 2:
            addk = lambda a, b: a - b
    return total


print(use_mix(6000))


def last(n):
    t = 0.0
    for i in range(n):
        t += ratio(i + 1, 2)
    return t + ratio(n, n - n)


print(last(3000))
