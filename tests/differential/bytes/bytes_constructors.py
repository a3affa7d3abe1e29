print(bytes(), bytes(4), bytes([1, 2, 3]), bytes(range(65, 70)), bytes("héllo", "utf-8"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytearray("é", "utf-8"), bytearray([255]))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(b"").__name__, type(bytearray()).__name__)
