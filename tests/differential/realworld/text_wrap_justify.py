TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")


def wrap(text, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


for width in (30, 42):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, ws in enumerate(lines):
        last = i == len(lines) - 1
        body = " ".join(ws).ljust(width) if last else justify(ws, width)
        print(f"|{body}|")
print("--- centered ---")
for ws in wrap(TEXT, 36):
    print("[" + " ".join(ws).center(36, ".") + "]")
print("--- right ---")
for ws in wrap(TEXT, 36):
    print(f"[{' '.join(ws):>36}]")
words = TEXT.lower().replace(".", "").replace(",", "").replace("!", "").replace(";", "").split()
freq = {}
for w in words:
    freq[len(w)] = freq.get(len(w), 0) + 1
for length in sorted(freq):
    print(f"{length:2d} {'*' * freq[length]:<8} {freq[length]}")
print(max(words, key=len), min(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:5])
print("".join(c for c in TEXT if c.isupper()), TEXT.count("o"), TEXT.title()[:30])
