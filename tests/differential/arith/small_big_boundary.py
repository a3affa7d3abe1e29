# values around 2**46, 2**47, 2**62, 2**63 which are typical tag boundaries
for e in (30, 31, 32, 46, 47, 48, 52, 53, 62, 63, 64):
    n = 2 ** e
    print(e, n - 1, n, n + 1, -n, -n - 1)
x = 2 ** 47 - 1
y = x + 1
print(x, y, y - x, y * y)
z = 140737488355327
print(z * 2, z + z, z << 1, (z << 1) >> 1)
acc = 1
for i in range(70):
    acc = acc * 2
print(acc)
for i in range(70):
    acc = acc // 2
print(acc)
print(-2 ** 62 * 4)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
