# Sizes no machine can hold raise MemoryError (the process must not abort).
attempts = [
    lambda: [0] * 10**18,
    lambda: "ab" * 10**17,
    lambda: b"a" * 10**18,
    lambda: bytearray(10**18),
    lambda: (1,) * 10**18,
    lambda: bytes(10**18),
]
for make in attempts:
    try:
        make()
        print("allocated")
    except MemoryError as e:
        print("MemoryError", repr(str(e)))

items = [1, 2]
items *= 3
try:
    items *= 10**18
except MemoryError:
    print("MemoryError; list unchanged:", items)
print("ab" * 3, b"x" * 2, (1,) * 2, [0] * -1, "é" * 2, bytearray(b"hi") * 2)
