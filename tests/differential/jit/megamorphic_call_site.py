# One call site cycling through 12 classes (megamorphic), attribute loads
# across differently shaped instances, and a site that goes mono -> poly ->
# mega -> mono.


class Base:
    weight = 1

    def value(self):
        return self.weight

    def name(self):
        return type(self).__name__


def make(i):
    # the class bodies differ in what they define
    if i % 3 == 0:
        def value(self):
            return self.weight * 10 + i
    elif i % 3 == 1:
        def value(self):
            return -i
    else:
        value = Base.value
    return type("C%d" % i, (Base,), {"weight": i, "value": value})


classes = [make(i) for i in range(12)]


class Odd:
    # not a Base subclass at all
    weight = 0.5

    def value(self):
        return 0.25

    def name(self):
        return "odd"


class WithSlot(Base):
    def __init__(self):
        self.weight = 1000


def call_value(o):
    return o.value()


def load_weight(o):
    return o.weight


objs = [c() for c in classes] + [Odd(), WithSlot(), Base()]
print([o.name() for o in objs])

for phase, pool in (("mono", objs[3:4]), ("poly", objs[:3]), ("mega", objs),
                    ("mono-again", objs[5:6])):
    tv = 0
    tw = 0
    for i in range(3000):
        o = pool[i % len(pool)]
        tv += call_value(o)
        tw += load_weight(o)
    print(phase, tv, tw)

# polymorphic binary operator site with many types
class V:
    def __init__(self, k):
        self.k = k

    def __mul__(self, n):
        return V(self.k * n)

    def __repr__(self):
        return "V(%r)" % (self.k,)


def mul(a, b):
    return a * b


operands = [3, 2.5, 2 ** 70, "ab", [1], (2,), V(1), True, V(0.5), -7, b"x"]
res = []
for i in range(2200):
    a = operands[i % len(operands)]
    res.append(mul(a, 2))
print(res[:len(operands)])
print(res[-len(operands):])

# isinstance / type dispatch inside a hot function
def classify(o):
    if isinstance(o, bool):
        return "bool"
    if isinstance(o, int):
        return "int"
    if isinstance(o, float):
        return "float"
    if isinstance(o, Base):
        return "base:" + o.name()
    if isinstance(o, (list, tuple)):
        return "seq%d" % len(o)
    return "other:" + type(o).__name__


counts = {}
mixed = operands + objs + [None, {}, set()]
for i in range(3000):
    c = classify(mixed[i % len(mixed)])
    counts[c] = counts.get(c, 0) + 1
for k in sorted(counts):
    print(k, counts[k])

# a method fetched from many classes and called later
bound = [o.value for o in objs]
print(sum(b() for b in bound * 100))
