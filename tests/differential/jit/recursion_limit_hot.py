# Deep recursion: legal recursion (depth 500) repeated many times, then
# recursion that exceeds the limit and raises RecursionError.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def sum_to(n, acc):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)


total = 0
for i in range(40):
    total += depth(500)
print("depth 500 x40:", total)
print("sum_to:", sum_to(500, 0), sum_to(500, 2 ** 63))
print("sum_to float:", sum_to(400, 0.5))


def forever(n):
    return forever(n + 1) + 1


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__)

# after a RecursionError the same function works again at legal depth
print("depth again:", depth(500))


def mutual_a(n):
    if n <= 0:
        return "a"
    return mutual_b(n - 1)


def mutual_b(n):
    if n <= 0:
        return "b"
    return mutual_a(n - 1)


print(mutual_a(401), mutual_a(400), mutual_b(301))
try:
    mutual_a(10 ** 6)
except RecursionError as e:
    print("mutual", type(e).__name__)


# recursion error caught deep inside, and the outer frames continue
def guarded(n):
    if n == 0:
        try:
            return forever(0)
        except RecursionError:
            return -1
    return guarded(n - 1) + 1


print("guarded:", guarded(100))


# a hot recursive function that is correct for many calls, then explodes
def walk(n):
    if n == 0:
        return 1
    return walk(n - 1)


ok = 0
for i in range(2000):
    ok += walk(i % 50)
print("walk ok:", ok)
try:
    walk(-1)
except RecursionError as e:
    print("walk", type(e).__name__)

sys.setrecursionlimit(3000)
print("depth 2000:", depth(2000))
try:
    depth(10 ** 5)
except RecursionError as e:
    print("after raising the limit", type(e).__name__)
print("done")
