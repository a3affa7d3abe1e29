import random
random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10))
items = ["a", "b", "c", "d", "e", "f"]
print([random.choice(items) for _ in range(6)])
random.shuffle(items)
print(items)
print(random.uniform(1.0, 2.0), random.uniform(-5, 5))
print(random.gauss(0, 1), random.gauss(100, 15))
print(random.sample(range(100), 5))
