# Assigning a non-iterable to a slice.
for target in ([1, 2, 3], bytearray(b"abc")):
    for value in (5, None, 1.5):
        try:
            target[0:2] = value
            print(target)
        except TypeError as e:
            print(type(target).__name__, repr(value), "TypeError:", e)
l = [1, 2, 3]
try:
    l[::2] = 7
except TypeError as e:
    print("extended slice TypeError:", e)
