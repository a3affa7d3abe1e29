# bytes() asks __bytes__ first, then __index__, then iterates; bytearray() skips __bytes__.


class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return b"PK" + bytes([len(self.payload)]) + self.payload

    def __iter__(self):
        return iter([1, 2, 3])


p = Packet(b"hi")
print(bytes(p), bytearray(p), list(bytes(p)))


class Count:
    def __index__(self):
        return 4


print(bytes(Count()), bytearray(Count()))


class Bad:
    def __bytes__(self):
        return "not bytes"


for make in (lambda: bytes(Bad()), lambda: bytes(5, "utf-8"), lambda: bytes(b"x", "ascii"),
             lambda: bytearray([1], errors="strict"), lambda: bytes(2.5), lambda: bytes("é")):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)


class Negative:
    def __index__(self):
        return -1


try:
    bytes(Negative())
except ValueError as e:
    print("ValueError:", e)
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii", errors="strict"), bytes(3), bytes())

# fromhex() skips ASCII whitespace only.
for s in ["de ad", "de\u3000ad", "de\x0bad\x0c", "d\u3000e", "abc", "a b", "\u00a0ff"]:
    try:
        print(bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print("ValueError:", e)
