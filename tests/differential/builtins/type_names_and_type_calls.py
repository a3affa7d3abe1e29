vals = [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, print, iter([]), iter(""), (x for x in []), enumerate([]), zip(), map(str, []), reversed([])]
for v in vals:
    print(type(v).__name__)
print(type(5)("12") + 1, type("x")(5), type([])("ab"))
