# Searching a bytearray for a multi-byte subsequence.
buf = bytearray(b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
for needle in (b"\r\n\r\n", b"HTTP", b"Host", b"nope", b"G", bytearray(b"html"), b""):
    print(repr(needle), needle in buf, buf.find(needle), buf.count(needle), buf.startswith(needle), buf.rfind(needle))
print(71 in buf, 0 in buf, buf.index(b"/"), buf.split(b"\r\n"))
print(b"ab" in b"cab", bytearray(b"ab") in b"cab", b"ab" in bytearray(b"cab"), bytearray(b"b") in bytearray(b"abc"))
head, sep, rest = buf.partition(b"\r\n")
print(head, sep, rest)
print(buf.replace(b"\r\n", b"|"), buf.strip(b"\r\n").endswith(b"x"))
