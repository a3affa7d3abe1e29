t = (1, [2, 3], 4)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[1].append(99)
print(t)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(5)
except AttributeError as e:
    print("AttributeError:", e)
u = t
t += (5,)
print(t, u, t is u)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
