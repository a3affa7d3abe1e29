fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs, repr(frozenset()))
print(fs | {9}, fs & {1, 7}, type(fs | {9}).__name__, type({9} | fs).__name__)
d = {fs: "frozen key"}
print(d[frozenset([1, 2, 3])])
print(frozenset("aba") == {"a", "b"}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(nested))
