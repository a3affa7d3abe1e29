data = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(data), max(data), min(data, key=len), max(data, key=len))
print(min(data, key=lambda w: (len(w), w)), max(data, key=lambda w: w[-1]))
print(min([], default=None), max([], default="empty"), min([], key=len, default=0), max((), default=-1))
print(min(3, 1, 2), max(3, 1, 2), min("b", "a", key=str.upper), max(1, 2.5, True), min(-0.0, 0.0), max(0.0, -0.0))
print(max([1, 5, 5, 2], key=lambda v: v), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max({"a": 3, "b": 7, "c": 7}, key={"a": 3, "b": 7, "c": 7}.get), min({3: "x", 1: "y"}), max("hello"), min(range(5, 0, -1)))
print(max([[1, 2], [3]], key=len), min([[1, 2], [3]]), max(iter([4, 8, 1])), min((x * x for x in range(-3, 3))))
for label, fn in [("min([])", lambda: min([])), ("max()", lambda: max()), ("max(1)", lambda: max(1)),
                  ("min(1, 2, default=0)", lambda: min(1, 2, default=0)), ("max([1, 'a'])", lambda: max([1, "a"])),
                  ("min(key=len)", lambda: min(key=len)), ("max([], key=len)", lambda: max([], key=len)),
                  ("min(x, key=1)", lambda: min([1, 2], key=1))]:
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
