print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5000001, 4.4999999)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 1.45, 2.25, -0.25)])
print([round(x, 2) for x in (1.005, 1.015, 2.675, 0.125, 0.375, 10.555, -1.005)])
print([round(n, -1) for n in (5, 15, 25, 35, -5, -15, 14, 16)])
print([round(n, -2) for n in (50, 150, 250, 149, 151, -250, 10 ** 20 + 50)])
print([round(x, -1) for x in (5.0, 15.0, 25.0, 14.9, -25.0)])
print(round(123.456, 5), round(123.456, 10), round(1e300, 2), round(-0.0), round(-0.4), round(0.4, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), type(round(7)), round(True), round(False, 2))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(round(2 ** 70 + 0.0), round(1.23456789e-5, 8), round(9.995, 2), round(0.285, 2))
