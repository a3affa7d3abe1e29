# len() in hot loops: str (ASCII and not), list, tuple, and everything else through the
# general call; len rebound as a global, shadowed locally, replaced in builtins; errors.


def total(items):
    n = 0
    for x in items:
        n += len(x)
    return n


values = ["abc", "日本語", "", [1, 2, 3], (4, 5), (), {"a": 1, "b": 2}, {1, 2, 3, 4}, range(7), b"bytes", frozenset([1])]
for _ in range(3000):
    t = total(values)
print("total", t)


class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Bad:
    def __len__(self):
        return -1


def lens(seq):
    out = []
    for x in seq:
        try:
            out.append(len(x))
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


mixed = ["xy", [None] * 5, (1,), Box(9), 3, None, Bad(), 2.5, "é" * 4]
for _ in range(2000):
    r = lens(mixed)
print(r)


def grow():
    items = []
    sizes = []
    for i in range(5000):
        items.append(i)
        if len(items) % 1000 == 0:
            sizes.append(len(items))
    return sizes


print(grow())


def shadowed(words):
    len = lambda s: 100
    return sum(len(w) for w in words) + sum([len(w) for w in words])


print(shadowed(["a", "bb"]))


def local_len(words):
    n = 0
    for w in words:
        n += len(w)
    return n


words = ["one", "three", "日"] * 100
for i in range(3000):
    a = local_len(words)
    if i == 1500:
        len = lambda s: 1
print("rebound global", a)
del len
print("restored", local_len(words))



def unbound():
    n = 0
    for i in range(3000):
        s = "abc"
        if i == 2999:
            del s
        n += len(s)
    return n


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def two_args(s):
    return len(s, s)


try:
    two_args("a")
except TypeError as e:
    print("TypeError:", e)


def fails():
    total = 0
    for x in ["ab", [1], 5]:
        total += len(x)
    return total


fails()
