xs = list(range(10))
print(xs[2:5], xs[:3], xs[-2:], xs[::3], xs[::-1], xs[7:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[1:1] = [99, 98]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[::3]
print(ys)
del ys[1:3]
print(ys)
zs = [1, 2, 3, 4]
zs[len(zs):] = [5, 6]
zs[:0] = [0]
print(zs)
try:
    zs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
zs[-1:] = []
print(zs)
