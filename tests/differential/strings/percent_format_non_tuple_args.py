# str % arg where arg is neither a tuple nor used: objects with __getitem__
# (lists, dicts, ranges, bytes) count as mappings and are accepted silently.
for arg in ([1, 2], {"a": 1}, range(3), b"xy", "s", 5, (), (1,)):
    for fmt in ("plain", "%s", "%r"):
        try:
            print(repr(fmt), repr(arg), "->", repr(fmt % arg))
        except TypeError as e:
            print(repr(fmt), repr(arg), "-> TypeError:", e)
