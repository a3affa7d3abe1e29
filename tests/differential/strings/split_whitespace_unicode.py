samples = ["a\x0bb\x0cc", "a\x1cb\x1dc\x1ee\x1ff", "a\u2028b\u2029c\x85d", "a\u00a0b\u3000c", " \t\n a \r\n b \x0b"]
for s in samples:
    print(repr(s), s.split(), s.splitlines(), repr(s.strip()), [c.isspace() for c in s][:6])
print("a,b,c".split(",", -1), "a,b,c".split(",", 0), "a,b,c".rsplit(",", 1), "  x  y  ".split(" "))
print("a||b||".split("||"), "||".split("||"), "abc".split("b", 5), "\n".join(["x", "", "y"]).splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("ab\r\ncd\n\ref".splitlines(keepends=True), "trailing\n".splitlines(), "\n\n".splitlines())
print("x".join(""), "Hello World Again".split(" ", 1), "k=v=w".partition("="), "k=v=w".rpartition("="))
print(" a b ".strip().split(" "), "\t".join("abc"), "a\tb".expandtabs(3), len("a\tb".expandtabs()))
print("ǅungla".upper(), "ǅungla".lower(), "ß".upper(), "ﬀ".upper(), "İstanbul".lower(), "ΣΑΣ".lower(), "σς".upper())
print("hello world".title(), "hELLO wORLD".swapcase(), "123abc".capitalize(), "a1b2".title(), "o'neil mc-d".title())
