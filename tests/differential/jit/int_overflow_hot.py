# Int accumulators in hot loops crossing 2**47, 2**63 and 2**64 (and the
# negative boundaries) with +, -, * and <<.


def add_until(start, step, n):
    acc = start
    for i in range(n):
        acc = acc + step
    return acc


def sub_until(start, step, n):
    acc = start
    for i in range(n):
        acc -= step
    return acc


def mul_chain(start, factor, n):
    acc = start
    out = []
    for i in range(n):
        acc = acc * factor
        out.append(acc)
    return out


def shift_chain(start, n):
    acc = start
    seen = []
    for i in range(n):
        acc = acc << 1
        if i % 8 == 7:
            seen.append(acc)
    return acc, seen


print(add_until(2 ** 47 - 1000, 1, 2000))
print(add_until(2 ** 47 - 1000, 7, 2000) - 2 ** 47)
print(add_until(2 ** 63 - 1000, 1, 2000))
print(add_until(2 ** 63 - 1000, 1, 2000) - 2 ** 63)
print(add_until(2 ** 64 - 1500, 1, 2000))
print(add_until(2 ** 64 - 1500, 1, 2000) - 2 ** 64)
print(add_until(0, 2 ** 40, 1 << 10))
print(sub_until(-(2 ** 47) + 1000, 1, 2000))
print(sub_until(-(2 ** 63) + 1000, 1, 2000))
print(sub_until(-(2 ** 63) + 1000, 1, 2000) + 2 ** 63)
print(sub_until(-(2 ** 64) + 1000, -1, 3000))
print(sub_until(0, -(2 ** 62), 5))

# after the big results, small ints through the same function again
print(add_until(1, 2, 5000), sub_until(10, 3, 4000))

for start in (3, -3, 7):
    vals = mul_chain(start, 3, 50)
    print(start, vals[28], vals[29], vals[39], vals[40], vals[-1])
    print(" bits:", [v.bit_length() for v in vals[26:32]])

vals = mul_chain(1, -2, 70)
print(vals[45], vals[46], vals[61], vals[62], vals[63], vals[64], vals[69])

acc, seen = shift_chain(1, 70)
print(acc)
print(seen)
acc, seen = shift_chain(-5, 66)
print(acc)
print(seen[-2:])

# mixed: square running values and fold back with %
x = 12345
hist = []
for i in range(3000):
    x = (x * x + i) % (2 ** 61 - 1)
    if i % 500 == 0:
        hist.append(x)
print(hist)

# products crossing 2**63 at different iterations
fact = 1
for i in range(1, 31):
    fact *= i
    if i in (19, 20, 21, 22, 25, 30):
        print("fact", i, fact, fact > 2 ** 63, fact > 2 ** 64)

# negation and abs at the boundary
edge = -(2 ** 63)
for i in range(3):
    edge = -edge
    print("neg", edge, abs(edge), edge // -1)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 63 - 1) * 2, (2 ** 32) * (2 ** 32))
print((-(2 ** 63)) // -1, (-(2 ** 63)) % 7, divmod(-(2 ** 64), 3))
