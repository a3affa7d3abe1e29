# Globals read by integer arithmetic and comparisons are loaded as small ints, with a
# check that leaves compiled code right after the load when one is not; here they turn
# into floats, big ints, bools, strings and objects mid-loop, at module level and in
# functions, and the results stay exactly CPython's.

x = 0
k = 0
limit = 500
trace = []
for i in range(3000):
    x = x + 3
    if x > limit:
        x = x - limit
    k += 1
    if i == 1200:
        x = 2.5
    if i == 1800:
        x = 2 ** 70
    if i == 2400:
        x = True
    if k % 500 == 0:
        trace.append((i, x))
print(trace, x, k)

step = 7
total = 0


def accumulate(n):
    global total
    for j in range(n):
        total = total + step
        if total > 10 ** 6:
            total = total - 10 ** 6
    return total


for r in range(60):
    accumulate(100)
print(total)
step = 1.25
print(accumulate(10))
step = 2 ** 64
print(accumulate(3))
step = 9
print(accumulate(50))


class Weird:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Weird(self.v + other * 2)

    def __gt__(self, other):
        return self.v > other

    def __repr__(self):
        return f"Weird({self.v})"


count = 0
for i in range(2000):
    count = count + 1
    if i == 1500:
        count = Weird(count)
print(count)

text = 0
for i in range(1000):
    text = text + 1
    if i == 700:
        text = "s"
        break
print(text)
try:
    text + 1
except TypeError as e:
    print("TypeError:", e)
