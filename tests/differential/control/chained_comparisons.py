def noisy(v, tag):
    print("eval", tag)
    return v
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 != 2 != 1)
print(noisy(1, "a") < noisy(0, "b") < noisy(5, "c"))
print(noisy(1, "a") < noisy(2, "b") < noisy(5, "c"))
x = 5
print(0 <= x < 10, 0 <= x <= 4, x in [5] in [[5]], 1 < x is not None)
print("a" < "b" <= "b" < "c")
print(1 < 2 > 1.5 == 1.5)
