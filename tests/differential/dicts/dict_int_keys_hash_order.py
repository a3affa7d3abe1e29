d = {}
for k in [10, -1, 2 ** 40, 0, 7, -(2 ** 62), 3]:
    d[k] = str(k)
print(d)
del d[0]
d[0] = "zero"
print(list(d.keys()))
print(d[2 ** 40], d.get(-1))
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(len(big), list(big)[:5], big[99])
