# Module-level loops store globals many times: compiled code stores through a cached entry
# while the module dict's layout holds, and must see every change to that layout.

import sys

module = sys.modules[__name__]
total = 0
count = 0


def read_total():
    return total


for i in range(3000):
    total += i
    count = count + 1
    if i == 1000:
        # A new global moves nothing back: later stores still land in the right entry.
        for j in range(40):
            setattr(module, "extra_%d" % j, j)
    if i == 1500:
        del count
        count = 1500
    if i == 2000:
        vars(module)["total"] = -5
    if i % 700 == 0:
        print(i, total, count, read_total())

print("total", total, "count", count, read_total())

# Stores while the module dict is being iterated (values replaced in place only).
seen = 0
for name in list(vars(module)):
    if name.startswith("extra_"):
        seen += getattr(module, name)
        total = seen
print("seen", seen, total)

# A global holding objects: releasing the old value each time.
class Box:
    def __init__(self, v):
        self.v = v

holder = None
acc = 0
for i in range(2000):
    holder = Box(i)
    acc += holder.v
print("acc", acc, holder.v)

# A global rebound to other types inside a loop.
mixed = 0
for i in range(600):
    if i % 3 == 0:
        mixed = "s%d" % i
    elif i % 3 == 1:
        mixed = i * 1.5
    else:
        mixed = [i]
print("mixed", mixed)

# The first store creates the global; unbound stores raise as CPython does.
def f():
    global created
    for k in range(500):
        created = k
    return created

print("created", f(), created)
try:
    del never_there
except NameError as e:
    print("NameError", e)
