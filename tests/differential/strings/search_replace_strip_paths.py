# find/rfind/count/split/replace/`in`/strip over ASCII and non-ASCII text: byte-level
# substring search must give character indices and whole characters; replace returns the
# str itself when nothing changes (as CPython).
texts = ["a,b,,c,", "héllo wörld, héllo", "||x||y|", "", "ééé", "abcabcab", "日本語,テキスト,,"]
needles = [",", "é", "héllo", "|", "ab", "bca", "", "語", "zz", ",,"]
for t in texts:
    for n in needles:
        print(repr(t), repr(n), t.find(n), t.rfind(n), t.count(n), n in t, t.find(n, 2), t.rfind(n, 0, 5), t.count(n, 1, -1))
        if n:
            print("  ", t.split(n), t.split(n, 1), t.split(n, 0), t.rsplit(n, 1), [len(p) for p in t.split(n)])
        print("  ", repr(t.replace(n, "<>")), repr(t.replace(n, "é", 1)), repr(t.replace(n, "", 2)), len(t.replace(n, "xyz")))
s = "hello" * 3
print(s.replace("zz", "y") is s, s.replace("l", "L", 0) is s, s.replace("l", "L") is s, s.replace("l", "L"))
print("ab".replace("", "-"), "ab".replace("", "-", 1), "".replace("", "x"), "abc".replace("", "", 5))
for t in ["  x  ", "\x1c\x1dx\x1e\x1f", "\u3000x\u3000", "\u00a0x ", "//a/b//", "é/é", "xyzzyx", ""]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("/")), repr(t.strip("xy")), repr(t.strip("é/")), repr(t.rstrip("/é")))
w = "word"
print(w.strip("/") is w, w.strip("d") is w, w.strip("d"), w.lstrip("w"), w.strip("\u3000") is w)
try:
    "x".replace("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    "x".find(1)
except TypeError as e:
    print("TypeError", e)
