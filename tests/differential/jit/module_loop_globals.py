# Module-level loops whose globals compiled code caches by entry address: the cache must
# follow every change to the globals dict made while the loop runs.
import sys

total = 0
i = 0
while i < 3000:
    total += i
    i += 1
print("plain", total, i)

# New globals created inside the loop (the dict grows and its entries move).
acc = 0
for n in range(2000):
    acc += n
    if n % 97 == 0:
        globals()["extra_%d" % n] = n
    if n == 1200:
        # Enough new names at once that the dict's tables are reallocated.
        globals().update({"bulk_%d" % j: j for j in range(3000)})
    if n == 1500:
        acc = acc * 2
print("growing", acc, sorted(k for k in globals() if k.startswith("extra_"))[:5], bulk_2999)

# A function the loop calls rebinds and deletes globals the loop reads and writes.
count = 0
limit = 10


def bump():
    global count, limit
    count += 100
    if count > 5000:
        limit = 1


for n in range(3000):
    count += 1
    if n % limit == 0:
        bump()
print("rebound", count, limit)


def drop():
    global gone
    del gone


gone = 0
seen = []
for n in range(3000):
    if n == 2000:
        drop()
        try:
            gone += 1
        except NameError as e:
            seen.append(str(e))
            gone = -1
    else:
        gone += 2
print("deleted", gone, seen)


# A global rebound to heap values and back inside the loop.
last = None
for n in range(2500):
    last = [n] if n % 500 == 0 else n
    if n % 500 == 1:
        last = str(last)
print("heap values", last)

# A global shadowing a builtin appears mid-loop and goes again.
hits = 0
for n in range(3000):
    hits += abs(-n) % 7
    if n == 1000:
        abs = lambda v: 1
    if n == 2000:
        del abs
print("shadow", hits)

# Floats, big ints and strings through the same global mid-loop.
v = 0
for n in range(3000):
    if n == 1000:
        v = 0.5
    if n == 2000:
        v = 2 ** 70
    if n == 2500:
        v = "s"
    v = v + (1 if not isinstance(v, str) else "x")
print("kinds", len(v), v[:5])

# Overflow into big ints inside the loop.
big = 1
for n in range(200):
    big = big * 3 + 1
print("big", big % 1000003, big.bit_length())

# An exception leaving a module-level loop: traceback from compiled code.
k = 0
while True:
    k += 1
    if k == 4000:
        print("about to fail", k)
        sys.stdout.flush()
        k = k // (k - 4000)
