def v(x, label):
    print("eval", label)
    return x
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(0, "b") < v(3, "c"))
print(v(1, "a") == v(1, "b") != v(2, "c") is not v(None, "d"))
print(1 < 2 > 1.5 >= 1.5 <= 2 == 2.0)
x = 5
print(0 <= x < 10, 0 <= x < 5, "a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], (1 in [1]) == True)
print(not 1 == 2, not (1 == 2) and 3, (1 if 0 else 2 or 3))
print(v(0, "x") and v(1, "y") or v(2, "z"))
print(v([], "p") or v({}, "q") or v("", "r"))
print(v(1, "m") and v("s", "n") and v(None, "o") and v(0, "unreached"))
vals = [0, 1, "", "a", [], [0], None, 0.0, -0.0, float("nan")]
print([bool(t) for t in vals])
print(all([]), any([]), all([[]]), any([[]]))
a = b = []
print(a is b, [] is not [], a == b)
print(float("nan") == float("nan"), float("inf") > 10**308, -float("inf") < -(10**400))
print(10**20 == 1e20, 10**23 == 1e23, 2**53 + 1 == float(2**53 + 1))
print(True == 1, False < True, sorted([True, 0, -1, False, 1]))
