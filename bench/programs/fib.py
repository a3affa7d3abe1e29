# Recursion: naive doubly-recursive Fibonacci and mutual recursion (call/return overhead)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def main():
    total = 0
    for n in range(22, 35):
        f = fib(n)
        total += f
        print("fib(%d) = %d" % (n, f))
    evens = 0
    for n in range(0, 3000):
        if is_even(n % 400):
            evens += 1
    t = tak(24, 16, 8)
    print("sum", total, "evens", evens, "tak", t)


main()
