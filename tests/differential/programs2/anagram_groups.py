WORDS = """listen silent enlist inlets google elgoog banana tinsel stone tones notes onset
seton ate eat tea eta tae angel glean angle cat act tac dusty study night thing""".split()

groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)

multi = {k: v for k, v in groups.items() if len(v) > 1}
for key, members in sorted(multi.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {len(members)} {' '.join(sorted(members))}")
singles = sorted(w for v in groups.values() if len(v) == 1 for w in v)
print("singles:", singles)

def letter_counts(w):
    counts = {}
    for ch in w:
        counts[ch] = counts.get(ch, 0) + 1
    return counts

def can_build(word, pool):
    need, have = letter_counts(word), letter_counts(pool)
    return all(have.get(ch, 0) >= n for ch, n in need.items())

pool = "aegilnnst"
print("buildable from", pool, ":", sorted(w for w in set(WORDS) if can_build(w, pool)))
palins = [w for w in WORDS if w == w[::-1]]
print("palindromes:", palins)
print("longest group key:", max(groups, key=lambda k: (len(groups[k]), k)))
