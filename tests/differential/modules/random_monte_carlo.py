import random
random.seed(2024)
inside = 0
N = 20000
for _ in range(N):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / N)
rolls = [0] * 7
for _ in range(6000):
    rolls[random.randint(1, 6)] += 1
print(rolls[1:])
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, sorted(deck) == list(range(1, 11)))
