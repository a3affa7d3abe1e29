a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a, +a, abs(-a))
print(a ** 2, b ** 3, 2 ** 0)
print(a == 17, a != b, a < b, a > b, a <= 17, a >= 18)
x = 10
x += 3
print(x)
x -= 1
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 5
print(x)
print(0 * -1, -0, 0 == -0)
print(1 + True, True + True, False * 10)
