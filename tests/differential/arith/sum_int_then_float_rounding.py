# sum() starting with ints adds the first float with a plain addition (CPython
# leaves its integer fast path), so mixed int/float lists round like repeated +.
prices = [10, 2.5, 3, 0.1, 0.2]
print(sum(prices))
print(sum([1, 0.1, 2, 0.2]), 1 + 0.1 + 2 + 0.2)
print(sum([1, 2, 0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3], 3))
print(sum([3, 0.1, 0.7]), sum([1, 1e100, 1.0, -1e100]), sum([1e100, 1, 1.0, -1e100]))
readings = [20, 20.1, 20.2, 19.9, 20, 20.3]
print(sum(readings), sum(readings) / len(readings))
