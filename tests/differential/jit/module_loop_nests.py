# Module-level loops one after another: compiled code covers the loop nest the module got
# hot in, hands the rest back to the interpreter, and is thrown away and compiled again when
# the module moves on to another loop. The same global names change kinds from phase to
# phase, a rarely taken path runs late in a hot loop, exceptions leave loops for handlers
# outside them, and functions called from a loop rebind and delete the loop's globals.

total = 0
x = 0
for i in range(3000):
    x = i * 3
    total += x & 255
print("ints", total, x)

# The same names, now floats.
total = 0.0
for i in range(3000):
    x = i * 0.5
    total += x
print("floats", total, x)

# Now strings, then back to ints in a while loop.
total = ""
k = 0
while k < 2000:
    x = str(k % 10)
    total = x if len(total) > 50 else total + x
    k += 1
print("strings", total, x, k)

# A short loop between hot ones.
for w in ("a", "bb", "ccc"):
    total = w * 2
print("short", total)

# A branch taken only late in a hot loop, and a big int appearing there.
acc = 0
for i in range(5000):
    if i == 4321:
        acc += 2 ** 70
    else:
        acc += i
print("late", acc)

# Nested loops: two inner loops in one outer loop.
grid = 0
for a in range(40):
    for b in range(50):
        grid += a * b
    for c in range(30):
        grid -= c
print("nested", grid)

# An exception raised in a hot loop, caught outside it.
n = 0
try:
    while True:
        n += 1
        if n == 3500:
            raise ValueError("stop at %d" % n)
except ValueError as e:
    print("caught", e, n)

# A loop left by break and by its else.
found = None
for i in range(10000):
    if i * i > 5000000:
        found = i
        break
else:
    found = -1
print("break", found)
for i in range(2500):
    pass
else:
    print("else", i)

# A function called from the loop rebinds a global the loop reads.
step = 1


def bump():
    global step
    step = step + 1 if step < 5 else 1


s = 0
for i in range(4000):
    s += step
    if i % 1000 == 999:
        bump()
print("rebound", s, step)


# A global deleted mid-loop: the next read raises NameError.
def drop():
    global gone
    del gone


gone = 7
seen = 0
try:
    for i in range(5000):
        seen += gone
        if i == 2999:
            drop()
except NameError as e:
    print("deleted", e, seen, i)

# A loop whose body loops again over the phases above (the outer loop is the nest).
out = []
for rnd in range(3):
    t = 0
    for i in range(1500):
        t += i % 7
    u = 0.0
    for i in range(1500):
        u += i / 4
    out.append((t, u))
print("rounds", out)

# Handlers inside a hot loop, a with statement, and a comprehension in the loop body.
class Ctx:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        return False


ctx = Ctx()
errors = 0
acc = 0
for i in range(4000):
    try:
        if i % 997 == 0:
            raise KeyError(i)
        acc += 10 // (i % 5 + 1)
    except KeyError:
        errors += 1
    with ctx:
        acc += sum([j for j in range(i % 4)])
print("handlers", errors, acc, ctx.entered)
