# A program for the `molt build` tests. SOURCE-MARKER-7f3a: this comment must not be in binaries.
import helper


def total(n):
    s = 0
    for i in range(n):
        s += helper.square(i)
    return s


print("total:", total(1000))
print(helper.GREETING)
helper.fail()
