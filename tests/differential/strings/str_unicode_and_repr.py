samples = ["plain", "tab\t", "new\nline", "quote'", 'dquote"', "both'\"", "back\\slash", "\x00\x7f\x80\xff", "é ñ ü", "日本語", "emoji \U0001F600", "\u200b zero width", "\ud800"[:0] + "ok"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(str(b"bytes"), repr(b"\x00\xff'\""), repr(bytearray(b"ab")))
print("é".encode("utf-8"), "日".encode("utf-8"), len("日本".encode()), "€".encode("latin-1", "replace"))
print(b"\xc3\xa9".decode("utf-8"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(ord("€"), chr(8364), hex(ord("😀")), "\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α")
print(sorted(["b", "A", "a", "B", "é", "e", "Z"]), max("hello"), min("Hello"))
print("a" * 0, "ab" * -1, repr("" * 100), "-" * 3 + ">" )
print(str(123), str(-0.0), str(1e16), str(1.0), str(None), str([1, "a"]), str({"k": "v"}), str((1,)))
print(repr([1, "a", 2.0, None, True]), repr({"a": (1,)}), repr({1, 2}), repr(set()), repr(()), repr(frozenset()))
nested = [1, [2, [3, ["four", {"five": (6, 7.5)}]]]]
print(nested, str(nested) == repr(nested))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", [1, "a"] == [1, "a"])
print(len("\r\n"), "a\r\nb".split("\n"), "😀".isalpha(), "٣".isdigit(), int("٣"), int("１２"))
