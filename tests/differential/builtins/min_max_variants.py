print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([], default="empty"), min((), default=None), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([("a", 2), ("b", 9), ("c", 9)], key=lambda p: p[1]))
print(min([3, -4, 2], key=abs), max(-1, -2, key=lambda v: v * v))
print(max(1, 2.5), min(True, 0), max([[1, 2], [1, 3]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
