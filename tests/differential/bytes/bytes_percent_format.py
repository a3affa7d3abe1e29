print(b"%d items" % 5, b"%s-%s" % (b"a", b"b"), b"%05.1f" % 2.25, b"%x" % 255, b"%c" % 65)
print(b"%r" % b"x", b"%b" % b"raw", b"%%")
try:
    print(b"%s" % "str")
except TypeError as e:
    print("TypeError:", e)
