TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""
STOP = {"it", "was", "the", "of"}


def words(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


ws = words(TEXT)
print(len(ws), "words,", len(set(ws)), "distinct")
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:8]:
    print(f"{w:<12}{c:>3} {'*' * c}")
content = {w: c for w, c in freq.items() if w not in STOP}
print(sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
by_len = {}
for w in set(ws):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(max(bigrams.items(), key=lambda kv: (kv[1], kv[0])))
