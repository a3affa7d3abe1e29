vals = [b"", b"abc", b"it's", b'say "x"', b"both ' \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\", bytes(3), bytes([65, 66, 200])]
for v in vals:
    print(repr(v), len(v))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], b"abc"[::-1])
print(list(b"hi"), tuple(b"\x00\xff"))
print(b"a" + b"b", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz", b"" in b"a")
