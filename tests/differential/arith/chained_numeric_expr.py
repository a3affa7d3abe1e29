a, b, c = 3, 4, 5
print(a * a + b * b == c * c)
print((a + b) * c - a ** 2 // b % 3)
print(a - b - c, a - (b - c), 2 ** -1 * 4, -a ** 2, (-a) ** 2)
print(100 // 7 * 7 + 100 % 7)
print(1 + 2 * 3 - 4 / 2 + 5 % 3 ** 2)
print(not a == 3, not (a < b < c), a if a > b else b)
print(a & 1 == 1, (a & 1) == 1, a | b ^ c & 7)
print(~a + 1, -~a, ~-a)
