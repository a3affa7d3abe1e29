langs = {
    "ann": {"python", "rust", "go"},
    "ben": {"python", "java"},
    "cat": {"rust", "c", "python"},
}
common = None
for name in sorted(langs):
    common = set(langs[name]) if common is None else common & langs[name]
print(sorted(common))
every = set()
for s in langs.values():
    every |= s
print(sorted(every))
for a in sorted(langs):
    for b in sorted(langs):
        if a < b:
            print(a, b, sorted(langs[a] & langs[b]), sorted(langs[a] ^ langs[b]))
