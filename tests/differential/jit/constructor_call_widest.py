# A class call passes the new instance before the arguments: code with a frame whose widest
# call is a constructor call needs room for one word more than its arguments (a generator
# expression, module code, and a function with a handler, which all run with a frame).


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        self.num, self.den = num, den

    def __repr__(self):
        return f"{self.num}/{self.den}"


class Point3:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


print([f for f in (Frac(1, k) for k in range(1, 8))])

total = 0
for i in range(3000):
    p = Point3(i, i + 1, i + 2)
    total += p.x + p.y * 2 + p.z * 3
print(total)


def guarded(n):
    out = []
    for k in range(n):
        try:
            out.append(Frac(k, k % 5))
        except ZeroDivisionError:
            out.append(None)
    return out


r = guarded(2000)
print(len(r), r[:7], sum(1 for x in r if x is None))
