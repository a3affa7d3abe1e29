# A NameError raised in a hot function that has a local with a similar name: the printed
# traceback suggests the local ("Did you mean"), also when the function runs compiled.


def compute(values):
    totl = 0
    for v in values:
        totl += v
    if totl > 10**9:
        return total
    return totl


def outer(n):
    return compute(range(n))


s = 0
for i in range(2000):
    s += outer(i % 50)
print(s)
print(outer(100000))
