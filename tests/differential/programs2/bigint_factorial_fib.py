def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fib_mod(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a

def fast_fib(n):
    if n == 0:
        return (0, 1)
    a, b = fast_fib(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return (d, c + d)
    return (c, d)

f100 = factorial(100)
print("100! =", f100)
print("digits:", len(str(f100)), "digit sum:", sum(map(int, str(f100))))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros:", trailing)
print("bit length:", f100.bit_length())
print("30! hex:", hex(factorial(30)))
print("fib(300):", fast_fib(300)[0])
print("fib mod:", [fib_mod(n, 1000000007) for n in (10, 100, 1000, 5000)])
print("pisano check:", fib_mod(60, 10), fib_mod(120, 10))
print("2**200 =", 2 ** 200)
print("-(3**100) // 7 =", -(3 ** 100) // 7, " % 7 =", -(3 ** 100) % 7)
print("divmod:", divmod(10 ** 40 + 123, 987654321))
print("pow mod:", pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97))
big = factorial(25)
print("compare:", big > 2 ** 83, big < 2 ** 84, big == int(str(big)))
print("float of big:", float(factorial(20)), float(2 ** 70))
print("int from float:", int(1e22), int(-2.5e15))
print("negative big shifts:", (-(2 ** 70)) >> 3, (-(2 ** 70)) >> 100, -1 << 65)
print("and/or/xor:", (2 ** 70 - 1) & 0xFFFF0000, (-2 ** 65) | 0xFF, (2 ** 66) ^ (2 ** 66 + 5))
print("invert:", ~(2 ** 64), ~-(2 ** 64))
