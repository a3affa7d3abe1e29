d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d2 = {i: i for i in range(5)}
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d2)
d3 = {"x": 1}
for k in d3:
    d3[k] = 99
print(d3)
