b = b"  Hello, Bytes World  "
print(b.strip(), b.lower(), b.upper(), b.split(), b.strip().split(b","))
print(b.find(b"World"), b.count(b"l"), b.replace(b"l", b"L"), b.startswith(b"  H"))
print(b"-".join([b"a", b"b", b"c"]), b"abc".hex(), bytes.fromhex("de ad be ef"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"x=1".partition(b"="))
print(b"abc".isalpha(), b"123".isdigit(), b"Ab".islower(), b"ab cd".title(), b"12".zfill(5))
print(b"hello".center(11, b"*"), b"a,b,,c".split(b","), b"line1\nline2".splitlines())
print(b"aXbXc".rsplit(b"X", 1), b"  x ".lstrip(), b"xxyxx".rstrip(b"x"))
