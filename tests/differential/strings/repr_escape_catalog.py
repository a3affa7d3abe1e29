samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rx", "back\\slash",
           "\x00\x01\x1f\x7f", "\x80\x9f", "\xa0\xad\xff", "é ü ß", "€ ☃ 𝄞", "\u200b\u200d\ufeff", "\u2028\u2029",
           "\U0001F600", "\ue000", "\x1b[31mred\x1b[0m", "a\fb\vc", "'", '"', "", "\\n literally"]
for s in samples:
    print(repr(s), ascii(s), len(s))
bs = [b"plain", b"it's", b'"q"', b"\x00\xff", b"\t\n\r", b"\\", b"'\"", bytearray(b"\x7f\x80")]
for b in bs:
    print(repr(b))
print(repr(["a'b", 'c"d', "e\nf"]), repr({"k'": "v\t"}), repr(("\x00",)))
print(str("tab\t"), "%r" % "q'", f"{'x\"y'!r}" if False else "", "{!r}".format("\\"))
