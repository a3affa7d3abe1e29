# strip/split/case mappings on ASCII and non-ASCII text: the pieces, their lengths and
# indexing (code point counts), identity when nothing is stripped, maxsplit remainders.
samples = ["  a b  c  ", "a", "", "   ", "\t\nx\x1cy\x1f z\r", " é a ", "naïve  café\u3000x", "ABC", "Ünïcode Wörds", "x\u2028y"]

for t in samples:
    parts = t.split()
    print(repr(t), parts, [len(p) for p in parts], [p[-1] for p in parts if p])
    for n in range(-1, 4):
        print(" ", n, t.split(None, n), t.split(maxsplit=n), t.rsplit(None, n))
    for chars in [None, " ", "a ", "\t\n\r x"]:
        print(" ", repr(chars), repr(t.strip(chars)), repr(t.lstrip(chars)), repr(t.rstrip(chars)))
    print(" ", t.lower(), t.upper(), t.casefold(), t.capitalize(), len(t.upper()), t.upper()[1:3])

# A str with nothing to strip is the same object, as in CPython; a stripped one is new.
w = "word"
print(w.strip() is w, w.lstrip("x") is w, w.rstrip("xyz") is w, w.strip("w") is w, w.strip("w"))
e = "été"
print(e.strip() is e, e.strip("é"), len(e.strip("é")))

# Pieces of ASCII text are ordinary strs: hashing, dict keys, comparisons, slicing.
d = {}
for word in "the cat the dog the end".split():
    d[word] = d.get(word, 0) + 1
print(d, sorted(d), "the" in d, "THE".lower() in d, d["THE".lower()])
csv = "1,alpha,Oslo,2.50,7"
f = csv.split(",")
print(f, f[1].upper(), f[2].lower() == "oslo", f[3][::-1], float(f[3]) * int(f[4]))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "é,b".split(","), [len(x) for x in "é,bb".split(",")])

try:
    "x".strip(5)
except TypeError as ex:
    print("TypeError", ex)
try:
    "x".lstrip(1, 2)
except TypeError as ex:
    print("TypeError", ex)
