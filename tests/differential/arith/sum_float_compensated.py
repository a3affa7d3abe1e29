import math
# sum() of floats in 3.12 uses compensated (Neumaier) summation.
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10))
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), 0.1 + 0.2 + 0.3)
print(sum([0.1, 1, 0.2, 2]), sum(range(10), 0.5))
print(sum([1e16, 1.0, 1.0]), sum([2.0 ** 53, 1.0, 1.0]), sum([1.0] * 3, 2.0 ** 53))
vals = [(-1) ** k / (2 * k + 1) for k in range(1000)]
print(sum(vals) * 4, math.fsum(vals) * 4)
print(sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]), sum([1e308, 1e308]), sum([-0.0, -0.0]), sum([], -0.0))
print(sum([0.1] * 3, start=1), sum([True, 0.5]), sum((x / 10 for x in range(11))))
print(sum([1.5, 2, 10 ** 20]), sum([10 ** 20, 1.5]), sum([2 ** 70, 0.0]))
print(sum(i * 0.01 for i in range(1, 101)), sum(0.01 for _ in range(100)))
