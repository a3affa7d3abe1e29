data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
vals = iter([5, 4, 0, 7])
while (v := next(vals)) != 0:
    print("got", v)
print("stopped at", v)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, y)
print([last := i * 2 for i in range(3)], last)
def f():
    total = 0
    if (k := 10) > 5:
        total += k
    return total, k
print(f())
