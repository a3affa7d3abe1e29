data = [3, 7, 1, 9, 4]
print([y for x in data if (y := x * 3) > 10])
print(y)
totals = []
running = 0
print([running := running + x for x in data], running)
def g():
    return [last := i for i in range(4)], last
print(g())
