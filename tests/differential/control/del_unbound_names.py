# del of an unbound local raises UnboundLocalError; of an unbound free variable, NameError.
def a():
    x = 1
    del x
    try:
        del x
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def b():
    try:
        del y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
    return y


def c():
    x = 1

    def inner():
        nonlocal x
        del x
    inner()
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)


a()
b()
c()


def d(n):
    for i in range(n):
        v = i
        del v
    return "ok"


print(d(100))
