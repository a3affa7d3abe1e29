# sum() over ints: totals that leave machine words, bools, floats and other types after
# ints, big-int starts, and errors raised midway.

big = 2 ** 62
print(sum([big, big, big, -big]))
print(sum([1, 2, 3], big * 4))
print(sum([-big, -big, -big, -big, -big]))
print(sum(range(10 ** 6)))
print(sum([1, True, False, 2]))
print(sum([True, True]))
print(sum([1, 2, 0.5, 3]))
print(sum([1, 2, 2 ** 70, 3]))
print(sum([2 ** 70, -2 ** 70, 5]))
print(sum((i * i for i in range(1000)), -7))
print(sum([], 5), sum([]))
print(sum([1, 2], 0.0))
print(sum([1, 2, 3], start=10))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(other + self.cents)

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))


m = sum([1, 2, Money(5), 7])
print(type(m).__name__, m.cents)
try:
    sum([1, 2, "x", 4])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, 2, None])
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3, None][:-1]))
# Totals of small ints beyond 48 bits, and beyond 64 bits.
print(sum([2 ** 46] * 10), sum([-(2 ** 46)] * 10))
print(sum([2 ** 47 - 1] * 70000), sum([-(2 ** 47)] * 70000))
print(sum([2 ** 47 - 1] * 70000 + [1.5]))
