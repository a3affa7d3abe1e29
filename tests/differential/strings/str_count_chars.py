text = "Mississippi river runs south"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(ch, counts[ch])
most = max(counts, key=lambda c: (counts[c], c))
print("most:", most, counts[most])
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
