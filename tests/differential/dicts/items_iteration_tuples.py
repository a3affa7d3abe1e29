# Iterating d.items(): the iterator refills its previous (key, value) tuple only when nothing
# else holds it, so kept tuples keep their values.
d = {"a": 1, "b": 2, "c": [3], 4: "four"}
kept = []
for p in d.items():
    kept.append(p)
print(kept)
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first is second)
rest = list(it)
print(rest, first)
total = 0
for k, v in d.items():
    if isinstance(v, int):
        total += v
print(total)
pairs = [(k, v) for k, v in d.items()]
print(pairs, dict(d.items()) == d, sorted(str(p) for p in d.items()))
last = None
for p in d.items():
    if last is not None:
        print(last, p)
    last = p
m = {i: i * i for i in range(6)}
print(sum(k * v for k, v in m.items()), max(m.items()), min(m.items(), key=lambda kv: -kv[1]))
z = list(zip(m.items(), m.items()))
print(z[:2])
try:
    for k, v in m.items():
        m[k + 100] = v
except RuntimeError as e:
    print("RuntimeError", e)
