WORDS = set("""cold cord card ward warm worm word wood good gold golf wolf
bold bolt boot boat coat cost cast case cash wash wish fish dish""".split())

def neighbors(word):
    for i in range(len(word)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != word[i]:
                cand = word[:i] + c + word[i + 1:]
                if cand in WORDS:
                    yield cand

def ladder(start, goal):
    if start not in WORDS or goal not in WORDS:
        raise KeyError(start if start not in WORDS else goal)
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in sorted(neighbors(w)):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        if goal in prev:
            break
        frontier = nxt
    if goal not in prev:
        return None
    path = [goal]
    while prev[path[-1]]:
        path.append(prev[path[-1]])
    return path[::-1]

for a, b in [("cold", "warm"), ("gold", "wolf"), ("boat", "wish"), ("cold", "fish"), ("word", "word"), ("cold", "heat")]:
    try:
        p = ladder(a, b)
        print(f"{a} -> {b}: {' > '.join(p) if p else 'no ladder'}" + (f" ({len(p) - 1} steps)" if p else ""))
    except KeyError as e:
        print(f"{a} -> {b}: unknown word {e}")
degree = {w: len(list(neighbors(w))) for w in WORDS}
print("most connected:", sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print("isolated:", sorted(w for w, d in degree.items() if d == 0))
