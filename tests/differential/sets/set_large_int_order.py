s = set()
for i in range(0, 100, 7):
    s.add(i * 37 % 101)
print(s)
s2 = {2 ** 40, 2 ** 20, 5, -7, 2 ** 61 + 3, -(2 ** 33)}
print(s2)
s3 = set(range(20))
for i in range(0, 20, 3):
    s3.discard(i)
print(s3)
s3.update(range(100, 130, 9))
print(s3)
