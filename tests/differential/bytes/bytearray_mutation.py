ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[-3:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
print(ba, bytes(ba), ba.decode())
ba.reverse()
print(ba)
ba2 = bytearray(3)
ba2 += b"xy"
print(ba2, ba2 == b"\x00\x00\x00xy", bytearray(b"ab") * 2)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
ba.clear()
print(ba, repr(bytearray()))
