pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (1, 3), (-1, 3), (10**20, 3), (-(10**20), 7), (0, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, a / b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in [(7.5, 2), (-7.5, 2), (7, 0.5), (1e20, 3), (-0.0, 1), (0.0, -1)]:
    print(a, b, a // b, a % b, a / b)
print(True + True, True * 10, True / 2, False // 1, -True, ~True, True << 3)
print(3 * "ab", [0] * 3, (1,) * 2, "x" * True)
print(int("7") / int("2"), 7 / 7, type(7 / 7), 2 ** 10, 2 ** -1, type(2 ** -1))
print(abs(-7 // 2), -(7 // 2), -7 // 2)
print(round(7 / 2), round(-7 / 2), round(9 / 2), 7 // 2 * 2)
print(1 / 7, 22 / 7, 355 / 113, 1e300 / 1e-300 if False else 1e300 / 1e-8)
print(divmod(10**30 + 7, 10**15), pow(10, 30) - 1, (10**30 - 1) // 9)
print(int(7 / 2), int(-7 / 2), int(-0.9999), -7 % 3 == 2, 7 % -3 == -2)
print(sum([1, 2.0, True]), sum([], 0.0), sum([[1], [2]], []), max(1, 2.0), min(True, 0.5))
print(5 // 0.3, 5 % 0.3, 0.3 * 16, 1 - 0.9)
