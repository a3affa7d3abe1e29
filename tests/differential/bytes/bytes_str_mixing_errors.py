try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".decode("ascii") + 1
except TypeError as e:
    print("TypeError:", e)
print(str(b"abc"), b"abc".decode() == "abc")
