# bytes/bytearray predicates, including isascii and istitle.
for b in [b"", b"abc", b"ABC", b"Abc Def", b"abc1", b"\x80", b"\x7f", b"Hello World", b"hello World", b" ", b"12"]:
    print(repr(b), b.isascii(), b.istitle(), b.isalpha(), b.isalnum(), b.isdigit(), b.islower(), b.isupper(), b.isspace())
ba = bytearray(b"Title Case")
print(ba.isascii(), ba.istitle(), bytearray(b"\xff").isascii())
print(bytes.maketrans(b"ab", b"xy"), b"aabbc".translate(bytes.maketrans(b"ab", b"xy")))
