# Distribution functions given None or strings for numeric parameters raise TypeError;
# triangular's mode may be None (its default).
import random

random.seed(11)
calls = [
    ("paretovariate(None)", lambda: random.paretovariate(None)),
    ("weibullvariate(None, 1)", lambda: random.weibullvariate(None, 1)),
    ("lognormvariate(0, None)", lambda: random.lognormvariate(0, None)),
    ("expovariate(None)", lambda: random.expovariate(None)),
    ("triangular(None, 1)", lambda: random.triangular(None, 1)),
    ("triangular(0, 1, None)", lambda: (random.seed(5), round(random.triangular(0, 1, None), 12))[1]),
    ("paretovariate('2')", lambda: random.paretovariate("2")),
]
for label, f in calls:
    try:
        print(label, "->", f())
    except TypeError:
        print(label, "-> TypeError")
