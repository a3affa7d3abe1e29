xs = []
for i in range(10000):
    xs.append(i * i)
print(len(xs), xs[0], xs[-1], sum(xs))
while len(xs) > 10:
    xs.pop()
print(xs)
ys = [0] * 1000
for i in range(0, 1000, 7):
    ys[i] = 1
print(sum(ys))
