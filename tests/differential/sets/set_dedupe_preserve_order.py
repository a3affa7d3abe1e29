items = [5, 3, 5, 1, 3, 9, 1, 7]
seen = set()
out = []
for x in items:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, len(seen))
print(list(dict.fromkeys(items)))
names = ["bo", "al", "Bo", "al", "cy", "BO"]
seen2 = set()
res = []
for n in names:
    key = n.lower()
    if key not in seen2:
        seen2.add(key)
        res.append(n)
print(res)
