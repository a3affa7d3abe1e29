data = b"\x10\x20\x30\xff"
total = 0
for byte in data:
    total += byte
    print(byte, hex(byte), type(byte).__name__)
print(total)
print(data.index(0x30), data.index(b"\xff"), data.find(b"\x99"))
try:
    print(data[10])
except IndexError as e:
    print("IndexError:", e)
try:
    data[0] = 1
except TypeError as e:
    print("TypeError:", e)
