a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // 12345, a % 12345)
print(-a // 7, -a % 7)
print(a // b, a % b)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 26))
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20])
print(10 ** 30 - 1)
print(-(10 ** 25))
print(2 ** 63, 2 ** 64, -(2 ** 63) - 1)
print((2 ** 64) == 18446744073709551616)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < 5)
