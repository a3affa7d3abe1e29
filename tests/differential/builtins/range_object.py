r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step)
print(r[0], r[-1], r[2:4], r[::-1], list(r[::-1]))
print(5 in r, 6 in r, r.index(8), r.count(11))
print(range(0), bool(range(0)), bool(range(1)), range(5) == range(0, 5, 1))
print(list(range(10, -10, -7)), len(range(10 ** 18)), range(10 ** 18)[10 ** 17])
try:
    r.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
