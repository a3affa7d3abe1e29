words = ["delta", "Alpha", "charlie", "bravo", "Echo"]
print(sorted(words, key=len))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(map(len, words)))
nums = [10, -3, 7, -12, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)))
