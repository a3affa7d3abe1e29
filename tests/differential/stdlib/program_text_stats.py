# A text-statistics program using collections, itertools, string, functools and operator
import string
from collections import Counter, defaultdict, namedtuple, OrderedDict
from functools import reduce, lru_cache
from itertools import groupby, chain, islice, accumulate
from operator import itemgetter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we were
all going direct the other way."""

table = str.maketrans('', '', string.punctuation)
words = TEXT.lower().translate(table).split()
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(6))
print(sorted(w for w, c in counts.items() if c == 2))

by_letter = defaultdict(list)
for w in sorted(set(words)):
    by_letter[w[0]].append(w)
print(dict(islice(sorted(by_letter.items()), 5)))

lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print(list(accumulate(n for _, n in sorted(lengths.items()))))

WordInfo = namedtuple('WordInfo', 'word count first_index')
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
infos = sorted((WordInfo(w, counts[w], first_seen[w]) for w in counts),
               key=lambda info: (-info.count, info.first_index))
for info in infos[:5]:
    print(info)

print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])
vowels = Counter(ch for ch in chain.from_iterable(words) if ch in 'aeiou')
print(vowels.most_common(), vowels.total())
print(reduce(lambda acc, w: acc if len(acc) >= len(w) else w, words))
freq_order = OrderedDict(sorted(counts.items(), key=itemgetter(1), reverse=True))
print(list(freq_order)[:8])


@lru_cache(maxsize=None)
def syllables(word):
    groups = [k for k, _ in groupby(word, key=lambda c: c in 'aeiouy')]
    return max(1, sum(groups))


print(sum(syllables(w) for w in words), syllables.cache_info())
print(string.capwords(' '.join(words[:8])))
