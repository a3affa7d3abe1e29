# math.sqrt in hot loops is computed in place while `math` is the module and math.sqrt the
# builtin: every other case is the real call's (ValueError for negatives, big ints, bools,
# objects with __float__, nan and infinities, -0.0), and rebinding math.sqrt, adding to the
# math module, or another object named `math` mid-loop is noticed.
import math


class Half:
    def __float__(self):
        return 0.25


def roots(values, rounds):
    t = 0.0
    for _ in range(rounds):
        for v in values:
            t += math.sqrt(v)
    return t


print(roots([1, 2, 3.5, 4.0, 10**6], 500))
print(roots([True, 2**70, Half(), 0, -0.0], 3))
print(math.sqrt(-0.0), math.sqrt(float("inf")), math.sqrt(float("nan")))
try:
    roots([4.0, 9, -1.0], 2)
except ValueError as e:
    print("ValueError", e)
try:
    roots([4.0, -3], 2)
except ValueError as e:
    print("ValueError", e)


def swapped(n):
    global math
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
        if i == n // 3:
            math.sqrt = lambda x: -x
        if i == 2 * n // 3:
            class Fake:
                @staticmethod
                def sqrt(x):
                    return 1000.0
            real = math
            math = Fake
    math = real
    return t


real_sqrt = math.sqrt
print(swapped(6000))
math.sqrt = real_sqrt


def grown(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i * 2.0)
        if i == n // 2:
            math.extra_name = 1
    return t


print(round(grown(5000), 6))
print(roots([2], 1))
