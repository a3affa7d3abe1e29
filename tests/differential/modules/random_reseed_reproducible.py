import random
def draw():
    return [random.randint(0, 1000) for _ in range(8)]
random.seed(7)
a = draw()
random.seed(7)
b = draw()
print(a)
print(a == b)
random.seed(8)
print(draw())
random.seed("a string seed")
print(random.random())
random.seed(2 ** 100)
print(random.random(), random.getrandbits(16), random.getrandbits(70))
