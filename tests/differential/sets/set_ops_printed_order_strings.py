# Printed order of sets of strings (PYTHONHASHSEED=0 makes it reproducible).
fruits = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"}
citrus = {"orange", "lemon", "lime", "grape", "banana"}
print(fruits)
print(fruits | citrus)
print(citrus | fruits)
print(fruits & citrus, citrus & fruits)
print(fruits - citrus)
print(fruits ^ citrus)
print(citrus ^ fruits)
print(fruits.union(["kiwi", "apple"]), fruits.intersection(["fig", "nope", "apple"]))
print(set("the quick brown fox"), frozenset("jumps over"))
words = "it was the best of times it was the worst of times".split()
print(set(words), {w.upper() for w in words}, {w: len(w) for w in set(words)})
s = set()
for w in words:
    s.add(w)
    if len(s) == 4:
        print("after 4:", s)
s.discard("it")
s.add("zebra")
print(s)
print(sorted(s), len(s), min(s), max(s))
print({"a", "b"} == {"b", "a"}, {"b", "a"}, {"a", "b"})
print({1, "1", 1.5, None, (1, "a")} - {None})
