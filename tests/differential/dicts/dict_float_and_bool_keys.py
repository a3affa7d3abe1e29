d = {}
d[1] = "one"
d[1.0] = "one float"
d[True] = "true"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "zero float"
print(d)
print(d[1], d[0.0], d.get(False))
e = {-0.0: "negzero"}
print(e[0], e)
