a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.keys() & {"x", "q"}), sorted({"x", "q"} & a.keys()), sorted({"q"} | a.keys()))
print(a.keys() == {"x", "y", "z"}, a.keys() <= {"x", "y", "z", "w"}, a.keys().isdisjoint(b.keys()), a.keys().isdisjoint({"q"}))
print(sorted(a.items() - {("x", 1)}), ("y", 2) in a.items(), ("y", 3) in a.items())
s = {1, 2, 3}
s.update(a.values())
s.difference_update({3})
s.intersection_update(range(10))
s.symmetric_difference_update([2, 9])
print(s)
print(set(a) - set(b), set(a.values()) & {2, 3, 4}, frozenset(a.keys()) == frozenset(["x", "y", "z"]))
print(len(a.keys() | b.keys()), type(a.keys() | b.keys()).__name__, type(a.keys() - b.keys()).__name__)
