class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Plain:
    pass
vals = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, Z(), L(), Plain(), range(0), range(1), b"", b"\x00"]
for v in vals:
    name = type(v).__name__
    print(name, bool(v), "yes" if v else "no", not v)
