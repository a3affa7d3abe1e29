# Set operations on dict views return sets; their iteration order follows
# CPython: set(view) updated with the other operand.
d = {"b": 1, "c": 2, "a": 3, "z": 4}
k = d.keys()
print(k ^ {"a", "w"})
print(k ^ ["w", "v", "b"])
print({"a", "w"} ^ k)
print(k | {"q", "r"})
print(k - {"a"})
print(k & {"z", "c", "zz"})
print(d.items() ^ {("a", 3), ("x", 9)})
e = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
print(e.keys() ^ {"six", "one"})
print(e.keys() ^ e.keys())
print(sorted(e.keys() ^ {"seven"}))
