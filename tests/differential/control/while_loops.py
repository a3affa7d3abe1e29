n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)
k = 10
while k > 0:
    k -= 3
else:
    print("else runs, k =", k)
m = 0
while m < 10:
    m += 1
    if m == 4:
        break
else:
    print("not printed")
print("m =", m)
