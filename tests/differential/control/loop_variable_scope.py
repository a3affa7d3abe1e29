for i in range(3):
    pass
print("after loop i =", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = 100
for k in range(2):
    pass
print(k)
funcs = []
for n in range(3):
    funcs.append(lambda: n)
print([f() for f in funcs])
funcs2 = []
for n in range(3):
    funcs2.append(lambda n=n: n)
print([f() for f in funcs2])
