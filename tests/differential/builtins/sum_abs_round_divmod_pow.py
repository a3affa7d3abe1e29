print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(1000)), sum([[1], [2]], []))
print(sum((1, 2.0)), sum([True, True, False]), sum([10 ** 20, 1]))
print(abs(-7), abs(7.5), abs(-0.0), abs(-10 ** 20), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -2), pow(5, 3, 13), pow(-2, 3), pow(2.0, 3), pow(10, 20))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
