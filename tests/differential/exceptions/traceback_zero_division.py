def average(xs):
    total = sum(xs)
    return total / len(xs)
print(average([1, 2, 3]))
print(average([]))
