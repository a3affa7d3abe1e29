# Attribute loads and method calls on modules go through each site's cache, which must
# follow rebinding, deletion and a site seeing several modules.
import math
import random
import sys

me = sys.modules[__name__]


def helper(x):
    return x + 1


def norms(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i) + math.pi
    return total


for _ in range(50):
    norms(100)
print("norms", round(norms(100), 6))

real_sqrt = math.sqrt
math.sqrt = lambda x: -1.0
print("rebound", norms(10))
math.sqrt = real_sqrt
print("restored", round(norms(10), 6))


def call_helper(n):
    s = 0
    for i in range(n):
        s += me.helper(i)
    return s


for _ in range(50):
    call_helper(50)
print("helper", call_helper(50))
me.helper = lambda x: x * 100
print("helper rebound", call_helper(5))
del me.helper
try:
    call_helper(2)
except AttributeError as e:
    print("AttributeError", e)
me.helper = lambda x: -x
print("helper back", call_helper(4))


def which(mods):
    out = []
    for m in mods:
        out.append(m.__name__)
    return out


for _ in range(100):
    which([math, random, sys])
print(which([math, random, sys, math]))

random.seed(5)
vals = [random.random() for _ in range(2000)]
print("random", round(sum(vals), 9), random.randint(1, 6))


def floor_all(xs):
    return [math.floor(x * 10) for x in xs]


for _ in range(20):
    floor_all(vals[:50])
print(floor_all(vals[:8]))
try:
    math.no_such_thing(1)
except AttributeError as e:
    print("AttributeError", e)
