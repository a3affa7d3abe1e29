def compute(values):
    running_total = 0
    for v in values:
        running_total += v
    return runing_total


print(compute([1, 2, 3]))
