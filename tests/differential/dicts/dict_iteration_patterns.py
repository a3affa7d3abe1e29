scores = {"ann": 88, "ben": 72, "cal": 95, "dee": 60}
for name in scores:
    print(name, end=" ")
print()
print(max(scores, key=scores.get), min(scores.values()), sum(scores.values()))
passed = {n: s for n, s in scores.items() if s >= 70}
print(passed)
inverted = {v: k for k, v in scores.items()}
print(inverted)
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(list(enumerate(scores)))
print(dict(sorted(scores.items())))
