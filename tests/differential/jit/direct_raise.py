# raise statements in hot functions without handlers of their own: plain raise, raise
# from, raise of a class, bare re-raise of the exception a caller is handling, and the
# implicit context an exception picks up when raised while another is being handled.


def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    if x == 13:
        raise KeyError
    return x * 2


def convert(x):
    if isinstance(x, str):
        raise TypeError("no strings") from ValueError(x)
    return check(x)


def rethrow():
    raise


def fail_while_handling(x):
    raise RuntimeError(f"while handling {x}")


total = 0
for i in range(-50, 3000):
    try:
        total += convert(i if i % 100 else str(i))
    except ValueError as e:
        total -= 1
    except TypeError as e:
        total += 1000
        assert isinstance(e.__cause__, ValueError)
    except KeyError as e:
        total += 7
print(total)

for i in range(3):
    try:
        try:
            check(-i - 1)
        except ValueError:
            rethrow()
    except ValueError as e:
        print("re-raised:", e, e.__context__)

for i in range(3):
    try:
        try:
            check(13)
        except KeyError as k:
            fail_while_handling(i)
    except RuntimeError as e:
        print(e, type(e.__context__).__name__, e.__cause__)

try:
    rethrow()
except RuntimeError as e:
    print(e)


def outer(n):
    return convert(n)


print(outer(5))
outer("boom")
