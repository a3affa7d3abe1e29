for a in (13, -13):
    for b in (4, -4):
        print(a, b, divmod(a, b))
print(divmod(10 ** 25, 7), divmod(-(10 ** 25), 7))
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5, 0.75))
q, r = divmod(100, 7)
print(q * 7 + r)
print(divmod(True, 2), divmod(0, 5))
