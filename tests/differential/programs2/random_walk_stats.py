import random
import math

random.seed(2024)

def walk(n):
    x = y = 0
    path = [(0, 0)]
    for _ in range(n):
        dx, dy = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x += dx
        y += dy
        path.append((x, y))
    return path

distances = []
for trial in range(10):
    p = walk(100)
    end = p[-1]
    d = math.sqrt(end[0] ** 2 + end[1] ** 2)
    distances.append(d)
    visited = len(set(p))
    print(f"trial {trial}: end={end!s:>10} dist={d:7.3f} visited={visited}")

mean = sum(distances) / len(distances)
var = sum((d - mean) ** 2 for d in distances) / (len(distances) - 1)
print(f"mean={mean:.4f} sd={math.sqrt(var):.4f}")
print("max:", round(max(distances), 3), "min:", round(min(distances), 3))

random.seed(7)
steps = [random.random() < 0.5 for _ in range(1000)]
pos = 0
maxpos = minpos = 0
crossings = 0
for s in steps:
    prev = pos
    pos += 1 if s else -1
    maxpos = max(maxpos, pos)
    minpos = min(minpos, pos)
    if prev != 0 and pos == 0:
        crossings += 1
print("1d:", pos, maxpos, minpos, crossings)
print("gauss sample:", [round(random.gauss(0, 1), 6) for _ in range(3)])
print("uniform:", round(random.uniform(1.5, 2.5), 10))
print("shuffle:", (lambda l: (random.shuffle(l), l)[1])(list(range(10))))
print("sample:", random.sample(range(100), 5))
