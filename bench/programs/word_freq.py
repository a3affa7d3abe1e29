# Dict/set-heavy: word and bigram frequencies over generated text (str keys, tuple keys, membership tests)

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el",
             "or", "us", "qu", "ix", "be", "da", "fo", "gi", "he", "jo"]
STOP = {"kalo", "mine", "ta", "an", "el", "or", "us"}

state = 2463534242


def next_rand():
    global state
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state


# Build a vocabulary with a skewed (Zipf-like) draw distribution.
vocab = []
seen = set()
while len(vocab) < 3000:
    n = 1 + next_rand() % 3
    w = "".join(SYLLABLES[next_rand() % len(SYLLABLES)] for _ in range(n))
    if w not in seen:
        seen.add(w)
        vocab.append(w)

sentences = []
for s in range(33000):
    length = 4 + next_rand() % 12
    words = []
    for _ in range(length):
        r = next_rand() % 10000
        # squash the index towards the front of the vocabulary
        idx = (r * r) // 33334
        words.append(vocab[idx % len(vocab)])
    sentences.append(" ".join(words))
text = ". ".join(sentences)

counts = {}
bigrams = {}
first_seen = {}
doc_sets = []
position = 0
for sentence in text.split(". "):
    words = sentence.split()
    local = set()
    prev = None
    for w in words:
        position += 1
        if w in STOP:
            prev = None
            continue
        counts[w] = counts.get(w, 0) + 1
        if w not in first_seen:
            first_seen[w] = position
        local.add(w)
        if prev is not None:
            key = (prev, w)
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    doc_sets.append(local)

# Document frequency: in how many sentences each word appears.
doc_freq = {}
for local in doc_sets:
    for w in local:
        doc_freq[w] = doc_freq.get(w, 0) + 1

# Words co-occurring with the most common word, via set intersection/union.
top_word = max(counts, key=lambda w: (counts[w], w))
with_top = set()
for local in doc_sets:
    if top_word in local:
        with_top |= local
with_top.discard(top_word)
rare = {w for w, c in counts.items() if c <= 40}
both = with_top & rare

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("tokens", position, "distinct", len(counts), "bigrams", len(bigrams))
print("top word", top_word, counts[top_word], "docs", doc_freq[top_word])
for w, c in top:
    print("  %-12s %6d %6d %6d" % (w, c, doc_freq[w], first_seen[w]))
for (a, b), c in top_bi:
    print("  %s %s: %d" % (a, b, c))
print("co-occurring", len(with_top), "rare", len(rare), "rare&co", len(both))
print("lengths", sorted((k, len(v)) for k, v in by_length.items()))
