groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for word in ["x", "y", "x", "z", "x"]:
    counts[word] = counts.get(word, 0) + 1
print(counts)
cache = {}
def get_or_compute(k):
    if k not in cache:
        print("computing", k)
        cache[k] = k * k
    return cache[k]
print(get_or_compute(4), get_or_compute(4), get_or_compute(5), cache)
