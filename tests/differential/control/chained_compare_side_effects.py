calls = []
def v(x):
    calls.append(x)
    return x
def run(label, fn):
    calls.clear()
    r = fn()
    print(f"{label:<26} -> {r!r:<6} evaluated {calls}")
run("1 < 2 < 3", lambda: v(1) < v(2) < v(3))
run("1 < 3 < 2", lambda: v(1) < v(3) < v(2))
run("3 < 1 < 2", lambda: v(3) < v(1) < v(2))
run("1 == 1 == 2 == 2", lambda: v(1) == v(1) == v(2) == v(2))
run("1 < 2 > 0 != 5", lambda: v(1) < v(2) > v(0) != v(5))
run("a in b not in c", lambda: v("a") in v("abc") not in v(["x"]))
run("x is y is not z", lambda: v(None) is v(None) is not v(0))
run("0 < x <= 10 (x=10)", lambda: 0 < v(10) <= 10)
run("not 1 < 2", lambda: not v(1) < v(2))
run("(1 < 2) < 3", lambda: (v(1) < v(2)) < v(3))
run("1 < 2 and 2 < 3", lambda: v(1) < v(2) and v(2) < v(3))
run("1 < 2 or crash", lambda: v(1) < v(2) or v(1 / 1))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        calls.append(f"{self.n}<{other.n}")
        return Loud(self.n < other.n) if self.n != 99 else 0
    def __bool__(self):
        calls.append(f"bool({self.n})")
        return bool(self.n)
    def __repr__(self):
        return f"L{self.n}"
run("L1 < L2 < L3", lambda: Loud(1) < Loud(2) < Loud(3))
run("L2 < L1 < L3", lambda: Loud(2) < Loud(1) < Loud(3))
run("L1 < L2", lambda: Loud(1) < Loud(2))
x = 5
print(1 < x < 10, 10 > x > 1, x == 5 == x, 1 < x > 3, x < 10 < x)
