print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0, 1]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}))
