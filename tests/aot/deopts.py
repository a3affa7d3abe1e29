# Compiled on floats, then called with ints: the compiled code deoptimizes (and is
# eventually thrown away); a profile records where and why.


def step(x, k):
    return x * k + 1.0


def main():
    acc = 0.0
    for _ in range(200000):
        acc = step(acc, 0.5)
    total = 0.0
    for i in range(200):
        total += step(i, 3)
    print(acc, total)


main()
