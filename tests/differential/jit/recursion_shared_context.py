# Hot self-recursive functions: an exception raised deep in the recursion (caught, and
# uncaught at the end) keeps its full traceback; RecursionError from runaway recursion;
# two function objects sharing one code object (closures) call each other, not themselves.


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def explode(n, at):
    if n == at:
        raise ValueError(f"boom at {n}")
    return 1 + explode(n - 1, at)


def runaway(n):
    return runaway(n + 1) + 1


for i in range(3000):
    depth_sum(20)
print(depth_sum(300))

caught = 0
for i in range(2000):
    try:
        explode(30, i % 31)
    except ValueError as e:
        caught += 1
        last = str(e)
print(caught, last)

try:
    runaway(0)
except RecursionError as e:
    print("RecursionError", type(e).__name__)


def make(step):
    def walk(n, other):
        if n <= 0:
            return step
        return step + other(n - 1, walk)
    return walk


a, b = make(1), make(10)
total = 0
for i in range(2000):
    total += a(6, b)
print(total, a(5, b), b(5, a))


def fact(n):
    if n < 0:
        raise ArithmeticError("negative")
    return 1 if n <= 1 else n * fact(n - 1)


for i in range(1500):
    fact(10)
print(fact(30))
explode(5, 2)
