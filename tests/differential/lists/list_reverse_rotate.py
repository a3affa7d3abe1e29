def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]

xs = [1, 2, 3, 4, 5]
for k in (0, 1, 2, 5, 7, -1):
    print(k, rotate(xs, k))
ys = xs[:]
ys.reverse()
print(ys, xs[::-1] == ys, list(reversed(xs)) == ys)
print(rotate([], 3))
