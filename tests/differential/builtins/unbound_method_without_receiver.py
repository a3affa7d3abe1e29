# Builtin methods taken off their type and called without a receiver raise TypeError.
cases = [
    ("BaseException.__init__", lambda: BaseException.__init__()),
    ("BaseException.__str__", lambda: BaseException.__str__()),
    ("BaseException.__repr__", lambda: BaseException.__repr__()),
    ("str.format", lambda: str.format()),
    ("bytearray.pop", lambda: bytearray.pop()),
    ("bytearray.reverse", lambda: bytearray.reverse()),
    ("bytearray.clear", lambda: bytearray.clear()),
    ("bytearray.copy", lambda: bytearray.copy()),
    ("dict.update", lambda: dict.update()),
    ("set.update", lambda: set.update()),
    ("set.union", lambda: set.union()),
    ("set.intersection", lambda: set.intersection()),
    ("set.difference", lambda: set.difference()),
    ("set.intersection_update", lambda: set.intersection_update()),
    ("set.difference_update", lambda: set.difference_update()),
    ("iter.__next__", lambda: type(iter([])).__next__()),
    ("iter.__iter__", lambda: type(iter([])).__iter__()),
]
for name, f in cases:
    try:
        f()
        print(name, "no error")
    except TypeError:
        print(name, "TypeError")
