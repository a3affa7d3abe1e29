# math.hypot and math.dist to the last bit (CPython's vector_norm), with infinities, NaNs,
# subnormals and errors.
import math, random
random.seed(7)
diffs = []
for _ in range(3000):
    a = random.uniform(-100, 100); b = random.uniform(-100, 100); c = random.uniform(-100, 100)
    diffs.append(math.hypot(a, b))
    diffs.append(math.hypot(a, b, c))
    diffs.append(math.dist((a, b), (c, a)))
    diffs.append(math.dist([a, b, c], (c, b, a)))
print(sum(diffs).hex(), diffs[:5])
print(math.hypot(34.716874471083756, 18.58589972569223), math.hypot(-6.186190443567256, -50.685433476033936, 8.75217184718609))
print(math.hypot(), math.hypot(-3.5), math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310, 2e-311))
print(math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1), math.hypot(-0.0, 0.0), math.hypot(2**60, 3**30, True))
print(math.dist((1, 2), (4, 6)), math.dist((), ()), math.dist(iter([1.5]), [0]))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(e)
try:
    math.hypot(1, "x")
except TypeError as e:
    print(e)
