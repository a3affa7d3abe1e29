a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (10,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 99]))
print(a <= b, {3} <= a, {3} < {3}, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}), a.issuperset([1, 2]))
c = set(a)
c |= {7}
c &= {1, 2, 7, 8}
c -= {1}
c ^= {2, 3}
print(c)
c.update("ab", [0])
print(sorted(c, key=str))
c.discard("zz")
c.remove("a")
try:
    c.remove("a")
except KeyError as e:
    print("KeyError:", e)
popped = {5}.pop()
print(popped)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, {f: 1}[frozenset({1, 2, 3})])
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({x % 5 for x in range(20)}), {()} , set("hello") == set("olleh"))
print(set([1, 1.0, True]), {0, False, 0.0}, {-0.0, 0.0})
print(sorted({"banana", "apple", "cherry"}), len({"a", "b"} | {"b", "c"}))
print(set(range(5)) - set(range(0, 10, 2)), set() == frozenset(), {1} < frozenset({1, 2}))
words = "to be or not to be that is the question".split()
seen = set()
unique_in_order = [w for w in words if not (w in seen or seen.add(w))]
print(unique_in_order)
print(set(), frozenset(), repr({frozenset()}), set([frozenset([1])]))
x = {1, 2}
y = x
x = x | {3}
y |= {4}
print(x, y)
