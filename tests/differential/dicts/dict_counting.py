text = "the cat and the hat and the bat sat on the mat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>4} {'#' * c}")
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, []).append(ch)
print({k: len(v) for k, v in letters.items()})
