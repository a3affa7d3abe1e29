queue = [1, 2]
cache = {"x": 1}
print(cache.pop("x"), queue.pop(), queue.pop())
try:
    queue.pop()
except IndexError as e:
    print("IndexError:", e)
cache.pop("x")
