# sum, any, all, min and max over lists and tuples (read in place) and other iterables:
# small ints overflowing a machine word, floats after ints, objects with __add__ and
# __bool__ that change the list while it is read, NaN and mixed numbers in min/max, and
# reversed() over a list that shrinks and grows.
big = 2**62
print(sum([big, big, big, 1]), sum((big, -big, 5)), sum([1, 2, 3], 10), sum([], 7))
print(sum([1, 2.5, 3]), sum([1.5, 2**70, 1]), sum([True, True, 3]), sum((0.1,) * 10))
print(sum([[1], [2]], []), sum(range(10**6)), sum(x for x in [1, 2, 3]))


class Grow:
    def __init__(self, items):
        self.items = items

    def __radd__(self, other):
        self.items.append(1)
        return other + 100

    def __bool__(self):
        self.items.pop()
        return False


items = [1, 2]
items.append(Grow(items))
items.append(5)
print(sum(items), len(items))
items = [0, 0]
items += [Grow(items), Grow(items), 0]
print(any(items), len(items))
items = [1, 1]
items += [Grow(items), 1, 1]
print(all(items), len(items))
print(any(()), all(()), any((0, 0.0, "", 3)), all([1, 2, 0]), any(iter([0, 1])))
try:
    sum([1, 2, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)

nan = float("nan")
print(min([3, 1, 2]), max([3, 1, 2]), min([2.5, 1.5]), max((1, 2.5, 2)), min([1, 1.0]), max([1.0, 1]))
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([2.0, nan, 1.0]), min([2**70, 3, -2**70]))
print(max([True, 1]), min([0, False]), max([-0.0, 0.0]), min([0.0, -0.0]))

l = [1, 2, 3, 4, 5]
r = reversed(l)
print(next(r), next(r))
del l[2:]
print(list(r))
l.extend([6, 7, 8, 9])
print(list(r), list(reversed(l)))
t = (1, 2, 3)
print([a * b for a, b in zip(t, reversed(t))], list(zip(reversed(l), range(3), "abc")))
