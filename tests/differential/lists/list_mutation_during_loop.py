xs = [1, 2, 3, 4, 5, 6]
for x in xs[:]:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
i = 0
for y in ys:
    if i < 3:
        ys.append(y * 10)
    i += 1
print(ys)
zs = list(range(10))
zs = [z for z in zs if z % 3]
print(zs)
ws = [1, 2, 3, 4]
for w in ws:
    if w == 2:
        ws.remove(w)
print(ws)
