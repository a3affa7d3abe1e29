# Compiled code calling compiled code through call-site caches: the callee rebound,
# a fresh closure per call, exceptions crossing several compiled frames, the
# recursion limit changed mid-run, and unbound arguments.
import sys


def leaf(x):
    return x * 2 + 1


def mid(x):
    return leaf(x) + leaf(x + 1)


def top(n):
    t = 0
    for i in range(n):
        t += mid(i)
    return t


print(top(2000))
saved = leaf
leaf = lambda x: -x
print(top(2000))
leaf = saved
print(top(2000))


def make_adder(k):
    def add(x):
        return x + k
    return add


def use_adders(n):
    t = 0
    for i in range(n):
        f = make_adder(i)
        t += f(1) + f(2)
    return t


print(use_adders(3000))


def boom(x):
    if x == 777:
        raise ValueError("bad %d" % x)
    return x


def relay(x):
    return boom(x) + 1


def driver(n):
    t = 0
    for i in range(n):
        t += relay(i)
    return t


print(driver(700))
try:
    driver(1000)
except ValueError as e:
    print("caught", e, type(e.__traceback__).__name__)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(500))
sys.setrecursionlimit(300)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(2000)
print(depth(1500))


def maybe_unbound(flag):
    if flag:
        v = 5
    return leaf(v)


for i in range(50):
    maybe_unbound(True)
try:
    maybe_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

driver(1000)
