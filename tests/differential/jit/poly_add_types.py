# A hot function sees small ints for thousands of calls, then floats, big
# ints, strings, lists and user-defined instances at the same call sites.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, int):
            return Money(other + self.cents)
        return NotImplemented

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "Money(%d)" % self.cents


def add(a, b):
    return a + b


def smaller(a, b):
    if a < b:
        return a
    return b


def fold(xs, start):
    acc = start
    for x in xs:
        acc = add(acc, x)
    return acc


total = 0
for i in range(3000):
    total = add(total, i)
print("ints:", total)
print("smaller ints:", smaller(3, 9), smaller(9, 3))

ftotal = 0.0
for i in range(2000):
    ftotal = add(ftotal, 0.5)
print("floats:", ftotal, repr(add(0.1, 0.2)))
print("mixed int+float:", add(1, 2.5), add(2.5, 1))

big = 2 ** 62
for i in range(10):
    big = add(big, 2 ** 62)
print("big ints:", big, add(2 ** 63, -1), add(-(2 ** 64), 1))

s = ""
for i in range(200):
    s = add(s, "ab"[i % 2])
print("strings:", len(s), s[:10], s[-6:])

lst = []
for i in range(50):
    lst = add(lst, [i])
print("lists:", len(lst), lst[:5], lst[-3:])
print("tuples:", add((1, 2), (3,)))

m = Money(0)
for i in range(500):
    m = add(m, Money(i))
print("money:", m)
print("int+money:", add(5, Money(7)), "money+int:", add(Money(7), 5))
print("fold money:", fold([Money(1), Money(2), 3], 10))
print("smaller money:", smaller(Money(4), Money(2)), smaller(Money(1), Money(2)))
print("smaller strs:", smaller("pear", "apple"), smaller([1, 2], [1, 1]))
print("smaller floats:", smaller(1.5, 1.25), smaller(2 ** 70, 2 ** 69))

# back to ints after all that
total = 0
for i in range(3000):
    total = add(total, i)
print("ints again:", total)

try:
    add(Money(1), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    add("x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    smaller(Money(1), 3)
except AttributeError as e:
    print("AttributeError:", e)
