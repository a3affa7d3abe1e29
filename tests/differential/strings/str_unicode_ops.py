s = "naïve café ☕ 日本"
print(len(s), s.upper(), s.encode("utf-8"))
print([ord(c) for c in "aé☕😀"])
print(chr(233), chr(0x1F600), chr(0x65E5), "\N{GREEK SMALL LETTER ALPHA}")
print("😀".encode("utf-8"), len("😀"), "😀" * 3)
print(b"caf\xc3\xa9".decode("utf-8"), "é".encode("latin-1"))
print(sorted("bäaç"), "ä" > "z", "Z" < "a")
print("ǆ".upper(), "ﬁ".upper(), len("ﬁ".upper()))
for c in "aZ9 _é":
    print(repr(c), c.isalpha(), c.isupper(), c.isdigit())
