# collections.deque: operations, maxlen, rotation, repr, comparisons
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d.rotate(-100)
print(d)
print(d.count(2), d.index(3), d.index(2, 1), 4 in d, 42 in d)
d.remove(3)
print(d)
d.reverse()
print(d, list(reversed(d)))
d[0] = 'first'
del d[1]
print(d)
d.insert(1, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
c = d.copy()
c.clear()
print(c, d, bool(c), bool(d))

print(deque(), deque('abc'), deque(range(3), maxlen=5), deque(maxlen=0), deque([], 2))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(m)
m.appendleft(-1)
print(m, m.maxlen)
m.extend([10, 11])
print(m)
m.extendleft([20, 21])
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque('b') >= deque('a'))
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 3 * deque('ab'), deque([1]) * 0)
x = deque([1, 2])
y = x
x += [3]
x *= 2
print(x, y is x)
print(deque([1, 2, 3, 4], maxlen=3) * 2, deque([1, 2], maxlen=3) + deque([3, 4]))

nested = deque([deque([1]), [2]])
print(nested, len(nested[0]))
rec = deque([1])
rec.append(rec)
print(rec)
print(list(deque('hello')), sorted(deque([3, 1, 2])), sum(deque(range(10))), max(deque('abz')))
print([x * 2 for x in deque([1, 2, 3])], tuple(deque([1])), deque(deque([1, 2])))
print(deque(x for x in range(4)), deque({'a': 1, 'b': 2}))


# Breadth-first search, the classic deque use.
grid = [
    '#########',
    '#S..#...#',
    '#.#.#.#.#',
    '#.#...#E#',
    '#########',
]
start = end = None
for r, row in enumerate(grid):
    for col, ch in enumerate(row):
        if ch == 'S':
            start = (r, col)
        elif ch == 'E':
            end = (r, col)
queue = deque([(start, 0)])
seen = {start}
order = []
while queue:
    (r, col), dist = queue.popleft()
    order.append((r, col))
    if (r, col) == end:
        print('distance', dist)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, col + dc
        if grid[nr][nc] != '#' and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), dist + 1))
print(order)

# Sliding window maximum with a monotonic deque.
def window_max(values, k):
    dq = deque()
    out = []
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(values[dq[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# Last n lines, a tail -n.
lines = ['line %d' % i for i in range(10)]
print(list(deque(lines, maxlen=3)))

# Large rotations and many appendlefts stay correct.
big = deque()
for i in range(1000):
    big.appendleft(i)
for i in range(500):
    big.pop()
print(len(big), big[0], big[-1], big[250])
big.rotate(123)
print(big[0], big[-1], list(big)[:3])
for i in range(400):
    big.popleft()
print(len(big), list(big)[:5])

# Josephus problem with rotate.
def josephus(n, k):
    people = deque(range(1, n + 1))
    out = []
    while people:
        people.rotate(-(k - 1))
        out.append(people.popleft())
    return out


print(josephus(7, 3))
