people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "kiwi", "apple", "fig", "cherry", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1])
print(words)
nums = [3, -1, -4, 1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
