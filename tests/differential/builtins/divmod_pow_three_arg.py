print(pow(3, 200, 1000), pow(7, 0, 5), pow(0, 0, 7), pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(-5, 3, 7), pow(5, 3, -7), pow(4, -1, 7), pow(2, -3, 11))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
