# One-character strings from indexing, iteration and chr(): values, identity as CPython
# keeps its latin-1 singletons, and characters outside latin-1.
s = "héllo wörld ¡€😀"
print([s[i] for i in range(len(s))])
print(list(s), [c for c in reversed(s)])
print(s[0] is s[0], s[3] is s[2], s[1] is chr(233), chr(108) is s[2], s[-1] == "😀")
print("".join(s[i] for i in range(len(s))) == s, {c: s.count(c) for c in s if c in "lo"})
print([chr(i) for i in (0, 10, 127, 128, 255, 256, 8364, 128512)])
print([ord(c) for c in "\x00\x7f\x80\xff\u0100"], "\xff".upper(), "ß"[0].upper())
d = {}
for ch in "mississippi":
    d[ch] = d.get(ch, 0) + 1
print(d, sorted(set("abracadabra")), max("zebra"), min("zebra"))
t = "x" * 5
print(t[1] is t[4], id(t[0]) == id(t[1]), [c == "x" for c in t])
