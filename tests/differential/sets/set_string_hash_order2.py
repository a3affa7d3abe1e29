colors = set()
for c in ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"]:
    colors.add(c)
print(colors)
colors.discard("blue")
colors.add("orange")
print(colors)
print(colors & {"red", "orange", "pink"})
print(list(colors)[:3])
mixed = {"a", 1, "b", 2, (1, "x")}
print(len(mixed), 1 in mixed, (1, "x") in mixed)
print({"k" + str(i) for i in range(10)})
