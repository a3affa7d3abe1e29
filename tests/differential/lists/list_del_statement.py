xs = list(range(8))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)
ys = [1, 2, 3]
del ys
try:
    print(ys)
except NameError as e:
    print("NameError:", e)
