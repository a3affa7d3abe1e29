# str.join over lists, tuples and iterators: sizes, non-ASCII separators, a single str item is
# the result itself (as in CPython), errors name the first non-str item.
a = ["x", "é"]
print("".join(a), "-".join(a), len("-".join(a)), "-".join(["a"]) is a[0] if False else "-".join(["solo"]), "".join(()), ",".join(("p", "q")), "/".join(c for c in "abc"), "ü".join("xy"), len("ü".join("xy")))
w = "word"
print("".join([w]) is w, "".join((w,)) is w, " ".join(iter([w])) is w)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join([1])
except TypeError as e:
    print(e)
