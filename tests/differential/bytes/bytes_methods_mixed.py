b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.hex(), bytes.fromhex("48 65 6c"), b.hex(":", 2) if False else b[:4].hex("-"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"" in b"x")
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
ba += b"."
print(ba, len(ba), ba.pop(), ba, bytes(ba))
del ba[-2:]
ba.insert(0, 62)
print(ba, ba.decode(), ba.upper(), ba.find(b"l"))
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("é", "utf-8"), bytearray(2))
print(b"  pad  ".strip(), b"x".center(5, b"-"), b"a,b".partition(b","), b"A-B".lower().split(b"-"))
print(b"%d-%s-%x" % (5, b"str", 255), b"%5.2f" % 3.14159, b"%c" % 65)
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"\x00\x01".isalnum(), b"abc".isalpha(), b"123".isdigit())
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(repr(b"\t\n\r\x7f\\'"), repr(b'"'), repr(b"'\""), bytes(b"x") is not None)
print(b",".join([b"a", bytearray(b"b"), b"c"]), b"a b  c".split(), b"line\nline2\r\n".splitlines())
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"a")[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(sorted(b"bca"), max(b"az"), sum(b"\x01\x02"), b"abc".translate(None, b"b"), bytes(reversed(b"abc")))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", bytes(b"a")}))
