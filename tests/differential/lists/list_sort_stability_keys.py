people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "NY"), ("frank", 30, "NY")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
by_name = sorted(people, key=lambda p: p[0], reverse=True)
by_city = sorted(by_name, key=lambda p: p[2])
print([p[0] for p in by_city])
print(sorted(people, key=lambda p: p[1], reverse=True))
s = sorted(people, key=lambda p: p[0])
s.sort(key=lambda p: p[1])
s.sort(key=lambda p: p[2], reverse=True)
print([p[0] for p in s])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)), sorted(nums, reverse=True))
lst = [5, 2, 8]
res = lst.sort()
print(res, lst)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 5], [1, 2, 3], [1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello world"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}, reverse=True))
print(sorted([0.5, -0.0, 0.0, -1, True, False]))
records = [{"n": "x", "score": 90}, {"n": "y", "score": 85}, {"n": "z", "score": 90}]
records.sort(key=lambda r: r["score"], reverse=True)
print([r["n"] for r in records])
class Item:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}:{self.prio}"
items = [Item("a", 2), Item("b", 1), Item("c", 2), Item("d", 1)]
print(sorted(items), max(items), min(items))
print(sorted(range(20), key=lambda x: x % 4))
data = list(range(100))
import random
random.seed(7)
random.shuffle(data)
print(data[:10], sorted(data) == list(range(100)), sorted(data, reverse=True)[:3])
