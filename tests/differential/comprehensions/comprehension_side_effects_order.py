log = []
def t(tag, v):
    log.append(tag)
    return v
res = [t(f"elt{x}", x) for x in t("iter", range(3)) if t(f"cond{x}", x != 1)]
print(res, log)
log.clear()
res = {t(f"k{x}", x): t(f"v{x}", x * 2) for x in range(2)}
print(res, log)
log.clear()
res = [t("a", a) + t("b", b) for a in t("outer", [1, 2]) for b in t("inner", [10, 20])]
print(res, log)
log.clear()
g = (t(f"g{x}", x) for x in t("giter", range(2)))
print("after gen creation", log)
print(list(g), log)
class Stop(Exception):
    pass
def gen():
    yield 1
    raise Stop("from gen")
try:
    [v for v in gen()]
except Stop as e:
    print("Stop:", e)
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
acc = []
r = [acc.append(i) for i in range(3)]
print(r, acc)
d = {}
pairs = [("a", 1), ("b", 2), ("a", 3)]
print({k: v for k, v in pairs}, [d.setdefault(k, v) for k, v in pairs], d)
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc dd".split()))
print(any(t(f"any{x}", x > 1) for x in range(5)), log[-3:])
print(list(zip(*[iter(range(6))] * 2)))
