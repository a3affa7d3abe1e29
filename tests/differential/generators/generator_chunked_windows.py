def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
def windows(xs, n):
    for i in range(len(xs) - n + 1):
        yield tuple(xs[i:i + n])
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
data = list(range(10))
print(list(chunks(data, 3)))
print(list(windows(data, 4)))
print(list(pairwise("abcd")), list(pairwise([])))
