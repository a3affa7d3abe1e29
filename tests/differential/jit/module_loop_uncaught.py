# An uncaught exception in the third of several hot module-level loops: the traceback
# names the module line in the loop, after compiled code for the earlier loops was thrown
# away on moving on.

a = 0
for i in range(3000):
    a += i
print(a)

b = 0.0
for i in range(3000):
    b += i * 0.25
print(b)

items = [1, 2, 3, 0, 5] * 600
c = 0
for i, v in enumerate(items):
    if i > 2500:
        c += 100 // v
    else:
        c += v
print(c)
