xs = ["a", "b", "a", "c", "a"]
print(xs.count("a"), xs.index("a"), xs.index("a", 1), xs.index("a", 3), xs.index("c", -3))
try:
    xs.index("a", 5)
except ValueError as e:
    print("ValueError:", e)
pos = []
i = -1
while True:
    try:
        i = xs.index("a", i + 1)
    except ValueError:
        break
    pos.append(i)
print(pos)
