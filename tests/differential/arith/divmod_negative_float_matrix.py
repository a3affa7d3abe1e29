pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f"{a:>3} {b:>3}  //={a // b:>3} %={a % b:>3} divmod={divmod(a, b)}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -3), (-0.0, 3), (1e-300, 1e300), (5, 0.1), (1, -0.3), (-1e-20, 1.0), (3.0, float("inf")), (-3.0, float("inf"))]
for a, b in fpairs:
    print(f"{a!r:>8} {b!r:>6}  //={a // b!r} %={a % b!r} divmod={divmod(a, b)!r}")
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            r = a // b if op == "//" else a % b if op == "%" else divmod(a, b)
        except ZeroDivisionError as e:
            print(repr(a), op, repr(b), "->", e)
big = 10 ** 30 + 7
print(divmod(big, -13), divmod(-big, 13), (-big) % 13, big // -1, -big // 7.0)
print(divmod(True, 2), 5 % True, -5 // True, 7.0 // 2.0, type(7 // 2.0))
