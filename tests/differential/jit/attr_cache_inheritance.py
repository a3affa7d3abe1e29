# Attribute and method lookups that go through base classes, while the
# bases, the subclasses, the instances' classes and function attributes are
# changed in the middle of hot loops.


class Base:
    rate = 1

    def kind(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, n):
        self.n = n


def read(o):
    return o.rate


def call_kind(o):
    return o.kind()


objs = [Leaf(i) for i in range(4)] + [Mid(), Base()]
trace = []
total = 0
for i in range(3600):
    o = objs[i % len(objs)]
    total += read(o)
    if i == 600:
        Base.rate = 2            # visible through every subclass
    elif i == 1200:
        Mid.rate = 10            # Leaf and Mid now see 10, Base still 2
    elif i == 1800:
        Leaf.rate = 100          # Leaf overrides
    elif i == 2400:
        del Mid.rate             # Mid falls back to Base, Leaf keeps its own
    elif i == 3000:
        del Leaf.rate            # everything back to Base.rate
        Base.rate = 0.5
    if i % 600 == 599:
        trace.append([read(x) for x in objs[3:]])
print(total)
for t in trace:
    print(t)

kinds = {}
for i in range(3000):
    o = objs[i % len(objs)]
    k = call_kind(o)
    kinds[k] = kinds.get(k, 0) + 1
    if i == 1000:
        Mid.kind = lambda self: "mid"
    elif i == 2000:
        Base.kind = lambda self: "base2"
        del Mid.kind
print(sorted(kinds.items()))


# __class__ reassignment mid-loop
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pets = [Cat() for _ in range(5)]
said = []
for i in range(2000):
    p = pets[i % 5]
    said.append(p.speak())
    if i == 999:
        for q in pets[::2]:
            q.__class__ = Dog
print(said[995:1005], said.count("meow"), said.count("woof"))
print([type(q).__name__ for q in pets])


# attributes on function objects, read in a hot loop
def tagged():
    return tagged.tag


tagged.tag = 1
s = 0
for i in range(2000):
    s += tagged()
    if i == 999:
        tagged.tag = 1000
print(s)


# bound methods stored in instance dicts and swapped out
class Worker:
    def __init__(self):
        self.fn = self.double

    def double(self, x):
        return 2 * x

    def triple(self, x):
        return 3 * x

    def run(self, x):
        return self.fn(x)


w = Worker()
acc = 0
for i in range(3000):
    acc += w.run(i)
    if i == 1000:
        w.fn = w.triple
    elif i == 2000:
        w.fn = abs
print(acc)


# a class attribute that is a plain function used both via class and
# instance; staticmethod/classmethod swapped in mid-loop
class Tool:
    def op(self, x):
        return x + 1


t = Tool()
res = []
for i in range(1500):
    res.append(t.op(i))
    if i == 500:
        Tool.op = staticmethod(lambda x: x * 10)
    elif i == 1000:
        Tool.op = classmethod(lambda cls, x: cls.__name__ + str(x))
print(res[499:503], res[999:1003], res[-1])
