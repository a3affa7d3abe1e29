TEXT = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick, quick fox -- and a lazy, lazy dog.
Über naïve café: résumé? Don't stop-believing, it's 'quoted' text."""

def tokenize(text):
    words = []
    current = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            current.append(ch.lower())
        else:
            if current:
                words.append("".join(current).strip("'"))
                current = []
    if current:
        words.append("".join(current).strip("'"))
    return [w for w in words if w]

def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

words = tokenize(TEXT)
print("total words:", len(words))
counts = count(words)
print("distinct:", len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w in counts)
print(f"{'word':<{width}} | {'n':>3} | bar")
print("-" * (width + 14))
for word, n in ranked[:12]:
    print(f"{word:<{width}} | {n:>3} | {'#' * n}")
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for length in sorted(lengths):
    uniq = sorted(set(lengths[length]))
    print(f"{length:2d}: {', '.join(uniq)}")
longest = max(counts, key=len)
print("longest:", longest, len(longest))
print("first letters:", "".join(sorted({w[0] for w in words})))
total_chars = sum(len(w) for w in words)
print(f"average length: {total_chars / len(words):.3f}")
print(f"share of 'the': {counts['the'] / len(words):.2%}")
