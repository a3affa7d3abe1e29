# divmod() with a non-numeric left operand raises TypeError (it must not loop).
for left, right in [("x", 1), ([1], 2), (None, 60), (b"x", 3), ("5", 2), ((1,), 1.5)]:
    try:
        print(divmod(left, right))
    except TypeError as e:
        print(f"divmod({left!r}, {right!r}): {e}")
class Minutes:
    def __init__(self, n):
        self.n = n
    def __divmod__(self, other):
        return divmod(self.n, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(Minutes(135), 60), divmod(7, Minutes(2)))
try:
    divmod(Minutes(5), "x")
except TypeError as e:
    print(e)
