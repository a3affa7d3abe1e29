# A function called once (a `main()`) whose loops run one after another: compiled code
# covers the loop nest it got hot in and is thrown away on reaching another loop, on
# returning from inside the loop, and when the function is called again.


def main(n):
    total = 0
    for i in range(n):
        total += i * 2
    print("ints", total)
    f = 0.0
    for i in range(n):
        f += i / 3
    print("floats", round(f, 6))
    words = []
    for i in range(n):
        if i % 500 == 0:
            words.append(str(i))
    print("words", len(words), words[-1])
    k = 0
    while True:
        k += 3
        if k > 3 * n:
            break
    print("while", k)
    for i in range(n):
        if i == n - 7:
            return ("early", i, total)
    return None


print(main(3000))
# Called again: the first call's code (for its last loop) is left at the entry.
print(main(2600))
print(main(2200))


def find(items, want):
    for i, x in enumerate(items):
        if x == want:
            return i
    return -1


print("find", find(list(range(5000)), 4321), find([1, 2], 3))


def gen(n):
    acc = 0
    for i in range(n):
        acc += i
        if i % 1000 == 999:
            yield acc
    for j in range(n):
        acc -= j
        if j % 1500 == 1499:
            yield acc


print("gen", list(gen(4500)))


def raises(n):
    s = 0
    for i in range(n):
        s += i
        if i == n - 1:
            raise KeyError(s)
    return s


try:
    raises(4000)
except KeyError as e:
    print("raised", e)


def outer_loop():
    # The outer loop is the nest: its two inner loops are compiled together.
    out = []
    for r in range(4):
        a = 0
        for i in range(1200):
            a += i & 3
        b = 1
        for i in range(1200):
            b = (b * 3) % 1000003
        out.append((a, b))
    return out


print("outer", outer_loop())


def scale_all(xs, k):
    # One loop: compiled for it in the first (long) call, the code before and after it
    # too, so later calls keep running it; a float factor later deoptimizes inside.
    n = len(xs)
    out = [0] * n
    for i in range(n):
        out[i] = xs[i] * k
    return out


print("scale", sum(scale_all(list(range(3000)), 3)), [sum(scale_all([1, 2, 3], j)) for j in range(5)])
print("scale float", scale_all([1, 2, 3], 0.5), scale_all(["a", "b"], 2))
