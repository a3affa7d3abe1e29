xs = [3, 1.5, 2, True]
xs.sort()
print(xs)
strs = ["b", "A", "a", "B"]
strs.sort()
print(strs)
strs.sort(key=str.lower)
print(strs)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [[1], (1,)].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([]), sorted([5]), sorted((3, 2, 1)), sorted("cab"))
