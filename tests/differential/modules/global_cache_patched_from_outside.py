# Globals read by hot (compiled) code in another module are patched through the
# module object: rebinding, adding a global that shadows a builtin, deleting it
# again, and growing the module's namespace so its entries move.
import _hotglobals_mod as m

print(m.work(300))
m.SCALE = 5
print(m.work(300))
m.helper = lambda x: -x
print(m.work(300))
m.len = lambda s: 100
print(m.work(300))
del m.len
print(m.work(300))
del m.helper
try:
    m.work(3)
except NameError as e:
    print("NameError:", e)
m.helper = lambda x: x * 3
print(m.work(300))

results = []
for i in range(400):
    results.append(m.uses_abs(-i))
    if i == 100:
        m.abs = lambda v: 0
    elif i == 200:
        # many new names: the module's dict grows, its entries move
        for k in range(50):
            setattr(m, "extra%d" % k, k)
    elif i == 300:
        del m.abs
print(sum(results), results[99:103], results[199:203], results[299:303])
for k in range(0, 50, 2):
    delattr(m, "extra%d" % k)
print(m.work(300), m.uses_abs(-9))
