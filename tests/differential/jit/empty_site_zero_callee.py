# A call site emptied because its callee's compiled code was thrown away (the callee kept
# deoptimizing) must not match a callee whose word is 0: the float 0.0. Each call of the
# callee with a float deoptimizes its int-compiled code; the next call, of 0.0, meets the
# site right after it was emptied and raises TypeError like CPython.


def g(x):
    return x * 2 + 1


def h(f, x):
    return f(x)


def main():
    t = 0
    for i in range(3000):
        t += h(g, i)
    errors = 0
    for i in range(3000):
        t += h(g, i + 0.5)
        try:
            h(0.0, i)
        except TypeError as e:
            errors += 1
            last = str(e)
    print(t, errors, last)
    zero = 0.0
    for i in range(3000):
        try:
            zero(i)
        except TypeError:
            errors += 1
    print(errors)


main()
