xs = [10, 20, 30]
for i in (0, 2, -1, -3, 3, -4):
    try:
        print(i, xs[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    xs[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del xs[9]
except IndexError as e:
    print("IndexError:", e)
try:
    xs["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    xs[1.0]
except TypeError as e:
    print("TypeError:", e)
print(xs[True], xs[False])
