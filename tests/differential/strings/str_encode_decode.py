s = "héllo ☃"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print("abc".encode(), "é".encode("utf-16-le"), "é".encode("latin-1"))
print(b"\xff\xfeA".decode("utf-8", "replace"), b"abc\xff".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
