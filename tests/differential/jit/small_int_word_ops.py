# Small-int arithmetic and comparisons compiled on the words themselves: values at and
# around the edges of the inline int range (48 bits), where results leave it and become
# big ints, with every operator the fast paths take.

EDGE = 2 ** 47
values = [0, 1, -1, 2, -2, 7, -7, 255, -256, 12345, -98765,
          EDGE - 1, EDGE - 2, -EDGE, -EDGE + 1, EDGE // 2, -(EDGE // 2),
          2 ** 24, -(2 ** 24), 2 ** 23 + 3, -(2 ** 23) - 5]


def arith(a, b):
    return (a + b, a - b, a * b, a & b, a | b, a ^ b, b - a, -a + b)


def shifts(a, n):
    return (a >> n, a >> 1, a >> 47, a >> 60)


# Floor division and remainder by constant powers of two (and by others), in functions
# small enough to keep their registers in variables, where the divisor is seen constant.
def by_1(a):
    return a // 1 + a % 1


def by_2(a):
    return (a // 2) * 10 + a % 2


def by_8(a):
    return (a // 8) * 100 + a % 8


def by_1024(a):
    return (a // 1024) * 10000 + a % 1024


def by_big(a):
    return (a // 2 ** 46) * 1000 + a % 2 ** 46


def by_others(a):
    return (a // 3, a % 3, a // -2, a % -2, a // -8, a % -8)


def by_constants(a):
    return (by_1(a), by_2(a), by_8(a), by_1024(a), by_big(a), by_others(a))


def compares(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def branchy(a, b):
    out = 0
    if a & b:
        out += 1
    if a ^ b:
        out += 2
    if a | b:
        out += 4
    if a < b:
        out += 8
    if a == b:
        out += 16
    return out


def run():
    acc = 0
    lines = []
    for _ in range(30):
        for a in values:
            for b in values:
                r = arith(a, b)
                c = compares(a, b)
                acc = (acc * 31 + hash(r) + branchy(a, b) + sum(c)) % 1000000007
                if _ == 29 and (a in (EDGE - 1, -EDGE, -1) or b in (EDGE - 1, -EDGE)):
                    lines.append((a, b, r, c))
            for n in (0, 1, 5, 46, 47, 48, 63, 64, 100):
                s = shifts(a, n)
                acc = (acc * 7 + hash(s)) % 1000000007
            d = by_constants(a)
            acc = (acc * 5 + hash(d)) % 1000000007
            if _ == 29:
                lines.append(d)
    for line in lines[:40] + lines[-len(values):]:
        print(*line)
    print(len(lines), acc)


run()

# A loop where an accumulator walks across the edge and back, both ways.
x = EDGE - 40
total = 0
for i in range(80):
    x = x + 1
    total = total ^ x
    if x > EDGE - 2:
        total = total + (x & 0xFFFF)
y = -EDGE + 40
for i in range(80):
    y = y - 1
    total = total - (y | 3)
z = 3
for i in range(60):
    z = z * -3
    if z >= EDGE or z < -EDGE:
        print("left the range at", i, z)
        break
print(x, y, z, total)
print(type(x - 1).__name__, EDGE - 1 + 1, -EDGE - 1, (EDGE - 1) * 2, -EDGE * -1)
