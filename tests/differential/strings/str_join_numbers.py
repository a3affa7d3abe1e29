nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(",".join(str(n) for n in nums))
print(" ".join(map(str, sorted(nums))))
print("+".join(str(n) for n in nums if n % 2), "=", sum(n for n in nums if n % 2))
try:
    ",".join(nums)
except TypeError as e:
    print("TypeError:", e)
print("".join(["a", "b"]) * 2)
