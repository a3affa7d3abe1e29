def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return n, mean, var

result = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(result)
n, mean, var = result
print(n, mean, var, var ** 0.5)
def divide(a, b):
    return a // b, a % b
print(divide(17, 5), divide(-17, 5))
pairs = [divide(n, 3) for n in range(7)]
print(pairs)
