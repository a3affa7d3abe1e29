# Random format strings from a small alphabet of the characters the scanners care about,
# through str.format and %: every result or error message must be CPython's.

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


BRACE = ["+", "-", "٣", "(", "*", "%", "{", "}", "[", "]", "!", ":", "s", "r", "a", "0", "1", ">", "5", ".", "2", "x", "é", "日", " ", "k", "d", "f"]
PCT = ["{", "}", "٣", "L", "h", "i", "u", "o", "X", "e", "g", "a", "%", "(", ")", "s", "d", "r", "-", "+", " ", "#", "0", "5", ".", "2", "*", "x", "é", "l", "f", "c", "k"]


def run(label, f):
    try:
        return label + repr(f())
    except Exception as e:
        return label + type(e).__name__ + ": " + str(e)


results = {}
for n in range(3000):
    t = "".join(BRACE[rnd(len(BRACE))] for _ in range(1 + rnd(9)))
    r = run("F ", lambda: t.format(7, "ab", 2.5, k="kw"))
    results[r] = results.get(r, 0) + 1
    if n < 150:
        print(repr(t), r)
for n in range(3000):
    t = "".join(PCT[rnd(len(PCT))] for _ in range(1 + rnd(8)))
    r1 = run("P ", lambda: t % (3, 4, 5))
    r2 = run("M ", lambda: t % {"k": 1, "": 2})
    for r in (r1, r2):
        results[r] = results.get(r, 0) + 1
    if n < 150:
        print(repr(t), r1, r2)
print(len(results))
for r in sorted(results):
    print(results[r], r)
