s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s)
s.add(10)
s.add(1)
print(s)
s.discard(3)
s.discard(99)
s.remove(10)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([5, 4, 4]), set(range(5)), {0, 8, 16, 32, 64, 1, 9})
print({-1, -2, 100, 7, 33, 1000})
t = {x * 7 for x in range(12)}
print(t)
print(s.pop(), s)
