# A module-level loop whose global operand is a small int on the input a profile is
# recorded on (no argument) and an instance with __add__ on another ("obj").
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("__add__", other)
        return Money(self.cents + other)

    def __repr__(self):
        return f"Money({self.cents})"


if len(sys.argv) > 1:
    m = Money(100)
else:
    m = 100
t = None
for i in range(3):
    t = m + 5
    print(t)
