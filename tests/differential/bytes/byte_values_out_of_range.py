# Byte values out of range, big ints included, raise ValueError("byte must be in range(0, 256)").
class I:
    def __index__(self):
        return 65


for item in (2**80, -(2**80), 256, -1, 65, True, I()):
    for op in ("in bytes", "in bytearray", "append", "setitem", "insert"):
        b = bytearray(b"xA")
        try:
            if op == "in bytes":
                r = item in b"xA"
            elif op == "in bytearray":
                r = item in b
            elif op == "append":
                b.append(item)
                r = bytes(b)
            elif op == "setitem":
                b[0] = item
                r = bytes(b)
            else:
                b.insert(1, item)
                r = bytes(b)
            print(op, r)
        except (ValueError, TypeError, OverflowError, IndexError) as e:
            print(op, type(e).__name__, e)
try:
    "A" in b"xA"
except TypeError as e:
    print(e)
