for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(123456, -2), round(123456, -3), round(-155, -1), round(145, -1))
print(round(1234.5678, -2), round(1234.5678, 0), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__)
print(round(5), round(-5, 3))
print(round(1e16 + 0.5), round(2 ** 60 + 0.0))
print(round(0.0), round(-0.0, 1))
