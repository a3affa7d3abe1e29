print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 0), round(-1.5), round(-2.5), round(0.5))
print(round(123.456, -1), round(155.0, -1), round(-0.55, 1), round(10.0), type(round(10.0)).__name__)
print(round(True), round(7, -1), round(15, -1), round(25, -1), round(-15, -1))
