t = ()
for i in range(5):
    t = t + (i,)
print(t)
t2 = (0,) * 3 + ("a", "b")
print(t2, t2[3:])
print(tuple(x for x in range(10) if x % 4 == 0), (*t, *"ab"))
print(tuple([[]]) == ([],), len(((),)))
