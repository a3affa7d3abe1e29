# heapq: push/pop/heapify/replace/pushpop keep CPython's exact heap layout
import heapq
import random

h = []
for x in [5, 7, 9, 1, 3, 2, 8, 6, 4, 0]:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 15, 13]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 12), data)
print(heapq.heappushpop([], 3))

random.seed(12345)
items = [random.randint(0, 100) for _ in range(40)]
heap = list(items)
heapq.heapify(heap)
print(heap)
for _ in range(10):
    heapq.heappush(heap, random.randint(0, 100))
print(heap)
print([heapq.heappop(heap) for _ in range(15)])
print(heap)
print(sorted(items) == [heapq.heappop(h2) for h2 in [sorted(items)] for _ in range(len(items))])

# Tuples: priority first, then insertion counter breaks ties.
tasks = []
for i, (prio, name) in enumerate([(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (3, 'test')]):
    heapq.heappush(tasks, (prio, i, name))
print(tasks)
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])

# Strings and floats.
words = ['pear', 'apple', 'fig', 'banana', 'cherry']
heapq.heapify(words)
print(words)
floats = [3.5, -1.0, 2.25, 0.0]
heapq.heapify(floats)
print(floats, heapq.heappop(floats))

for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                (heapq.heappush, ((), 1)), (heapq.heapify, ('abc',)),
                (heapq.heappushpop, (None, 1))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print('TypeError:', e)


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return '%s:%d' % (self.name, self.prio)


th = []
for t in [Task(5, 'e'), Task(1, 'a'), Task(3, 'c'), Task(1, 'b'), Task(4, 'd')]:
    heapq.heappush(th, t)
print(th)
print([heapq.heappop(th) for _ in range(5)])

# Heap sort.
def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
