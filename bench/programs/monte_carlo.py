# Seeded random module: Monte Carlo estimates, random walks and shuffles (random.random/randint/choice/shuffle, float accumulation)
import math
import random

random.seed(20240607)

# estimate pi by dart throwing
inside = 0
N = 1500000
for _ in range(N):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate %.6f" % (4.0 * inside / N))

# 2-D lattice random walks: mean squared end-to-end distance
moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
total_sq = 0
max_dist = 0
for walk in range(7500):
    px = 0
    py = 0
    for step in range(100):
        dx, dy = random.choice(moves)
        px += dx
        py += dy
    d = px * px + py * py
    total_sq += d
    if d > max_dist:
        max_dist = d
print("walks mean sq %.4f max %d" % (total_sq / 7500, max_dist))

# dice statistics with randint
faces = [0] * 11
for _ in range(600000):
    faces[random.randint(1, 6) + random.randint(1, 6) - 2] += 1
print("two dice", faces)

# shuffle and count fixed points / cycles
fixed_total = 0
cycle_total = 0
for trial in range(3700):
    perm = list(range(100))
    random.shuffle(perm)
    seen = [False] * 100
    for i in range(100):
        if perm[i] == i:
            fixed_total += 1
        if not seen[i]:
            cycle_total += 1
            j = i
            while not seen[j]:
                seen[j] = True
                j = perm[j]
print("fixed points", fixed_total, "cycles", cycle_total)

# integrate exp(-x^2) over [0, 2] by uniform sampling, and a seeded uniform() sum
acc = 0.0
for _ in range(600000):
    u = random.uniform(0.0, 2.0)
    acc += math.exp(-u * u)
print("integral %.5f" % (2.0 * acc / 600000))
print("final draw", random.random(), random.getrandbits(40), random.randrange(10, 1000, 3))
