log = []
def t(label, value):
    log.append(label)
    return value
class Obj:
    def __init__(self):
        self.n = 1
        self.items = [10, 20, 30]
class Tracked:
    def __init__(self):
        self.d = {"k": 1}
    def __getitem__(self, key):
        log.append(f"getitem {key}")
        return self.d[key]
    def __setitem__(self, key, value):
        log.append(f"setitem {key}={value}")
        self.d[key] = value
class Num:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        log.append(f"iadd {other}")
        self.v += other
        return self
    def __add__(self, other):
        log.append("add")
        return Num(self.v + other)
    def __repr__(self):
        return f"Num({self.v})"
o = Obj()
t("obj", o).n += t("rhs", 5)
print(o.n, log); log.clear()
t("obj", o).items[t("index", 1)] *= t("rhs", 3)
print(o.items, log); log.clear()
tr = Tracked()
t("container", tr)[t("key", "k")] += t("value", 41)
print(tr.d, log); log.clear()
n = Num(1)
alias = n
n += 5
print(n, alias, n is alias, log); log.clear()
lst = [Num(0)]
lst[t("i", 0)] += t("v", 2)
print(lst, log); log.clear()
i = 0
arr = [0, 0, 0]
arr[i] += (i := 2)
print(arr, i)
s = "ab"
s2 = s
s += "c"
print(s, s2)
tup = (1, [2])
try:
    tup[1] += [3]
except TypeError as e:
    print("TypeError:", e, tup)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
x = 10
x -= x - (x := 3)
print(x)
