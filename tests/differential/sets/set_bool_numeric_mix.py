s = {1, True, 1.0}
print(s, len(s))
t = {0, False, 0.0, -0.0}
print(t, len(t))
u = {True, 2, 0.5}
print(u)
print(2.0 in {2}, 1 in {True})
