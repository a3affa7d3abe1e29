records = [("bob", 25, "NY"), ("amy", 30, "LA"), ("cat", 25, "LA"), ("dan", 30, "NY"), ("eve", 22, "SF"), ("fay", 25, "NY")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[2], reverse=True))
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print(by_city_then_age)
print(sorted(records, key=lambda r: (r[2], -r[1])))
print(list(reversed(sorted(records, key=lambda r: r[1]))))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: n * n))
l = [5, 1, 4, 1, 5, 9, 2, 6]
l.sort(reverse=True)
print(l)
l.sort(key=lambda v: v % 3)
print(l)
l.sort(key=None, reverse=False)
print(l)
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True), sorted("hello", reverse=True))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([True, False, 0, 1, -1]), sorted([0.5, 1, -2, 1.0]))
equal_keys = [(k % 2, i) for i, k in enumerate(range(10))]
print(sorted(equal_keys, key=lambda t: t[0]))
print(sorted(equal_keys, key=lambda t: t[0], reverse=True))
