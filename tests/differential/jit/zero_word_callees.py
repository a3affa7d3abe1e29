# Callees whose word is 0 or 1 (the floats 0.0 and 5e-324) at sites that inline a method
# or call a function the profile saw: never taken for the inlined or cached callee, even
# on the first calls (while an AOT build's inline words are still empty).


class A:
    def m(self):
        return 1


class B:
    m = 0.0


class C:
    m = 5e-324


def call(o):
    return o.m()


def apply(f, x):
    return f(x)


def inc(x):
    return x + 1


def main():
    for o in (B(), B(), C(), C()):
        try:
            print(call(o))
        except TypeError as e:
            print("TypeError", e)
    for f in (0.0, 5e-324):
        try:
            print(apply(f, 1))
        except TypeError as e:
            print("TypeError", e)
    t = 0
    for i in range(3000):
        t += call(A()) + apply(inc, i)
    print(t)
    for o in (B(), C(), A()):
        try:
            print(call(o))
        except TypeError as e:
            print("TypeError", e)


main()
