n = 7 ** 150
s = str(n)
print(len(s), s[:15], s[-15:])
print(int(s) == n)
print(int("-" + s) == -n)
m = int("9" * 200)
print(m % 1000, (m + 1) // 10 ** 199)
print(hex(2 ** 200)[:12], len(bin(2 ** 200)))
print(repr(-(3 ** 100)))
