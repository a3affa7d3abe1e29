# A global function rebound in the middle of a hot loop, and a global
# variable whose type changes while a hot function keeps reading it.


def helper(x):
    return x + 1


def helper2(x):
    return x * 2


def helper3(x):
    return "s%d" % x


def driver(n):
    global helper
    out = []
    for i in range(n):
        out.append(helper(i))
        if i == 600:
            helper = helper2
        elif i == 1200:
            helper = helper3
        elif i == 1800:
            helper = lambda x: [x]
    return out


res = driver(2000)
print(res[598:603])
print(res[1199:1203])
print(res[1799:1803])
print(res[-1])

# the rebinding persists; redefine with def at module level
print(helper(5))


def helper(x):
    return -x


print(driver(3)[:3], helper(3))

SCALE = 2


def scaled(x):
    return x * SCALE


def set_scale(v):
    global SCALE
    SCALE = v


acc = []
for i in range(3000):
    r = scaled(i)
    if i % 500 == 499:
        acc.append(r)
    if i == 999:
        set_scale(2.5)
    elif i == 1999:
        set_scale(2 ** 64)
    elif i == 2499:
        set_scale("ab")
print(acc[:2])
print(acc[2:4])
print(acc[4])
print(len(acc[5]), acc[5][:6])

# a global counter that switches from int to float to str
COUNTER = 0


def bump():
    global COUNTER
    COUNTER = COUNTER + 1
    return COUNTER


for i in range(1500):
    bump()
print(COUNTER)
COUNTER = 0.5
for i in range(1500):
    bump()
print(COUNTER)
COUNTER = 2 ** 63 - 2
for i in range(4):
    print(bump())


def calls_missing(n):
    return n + missing_global


missing_global = 1
total = 0
for i in range(1000):
    total += calls_missing(i)
print(total)
del missing_global
try:
    calls_missing(1)
except NameError as e:
    print("NameError:", e)
missing_global = 10
print(calls_missing(1))
