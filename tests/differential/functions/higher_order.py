def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello Big World "))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_map(abs, [-1, 2, -3]), my_reduce(lambda a, b: a * b, range(1, 8), 1))
print(list(map(pow, [2, 3], [5, 2])), max(["aa", "b"], key=len))
