excs = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b"),
        IndexError("list index out of range"), Exception(None), Exception(""), TypeError(42), OSError(2, "No such file")]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(ValueError("x") == ValueError("x"))
