cases = ["a,b,,c", ",a,", "", ",", "a", "a,,", "  spaced  out  ", "k=v=w", "no-sep"]
for s in cases:
    print(repr(s), s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(), s.partition("="), s.rpartition("="))
print("a b c".split(" ", 0), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), " a b ".split(" "))
print("1\n2\r\n3\r4\n".splitlines(), "1\n2\r\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines(), "x\n\n".split("\n"))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaa".split("aa"), "banana".partition("an"), "banana".rpartition("an"))
try:
    "x".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
line = "  name = value with = sign  # comment"
key, _, rest = line.partition("=")
val = rest.split("#", 1)[0].strip()
print(repr(key.strip()), repr(val))
print("path/to/file.tar.gz".rsplit(".", 1), "path/to/file.tar.gz".rpartition("/")[2].split(".", 1))
print("\t a \t b \n".split(), "a\u3000b\u00a0c".split(), "a\x1fb".split())
