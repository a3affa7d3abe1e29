for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("else after continue-only loop")
n = 3
while n:
    n -= 1
    if n == 1:
        continue
    print("n", n)
else:
    print("while else")
for x in []:
    print("never")
else:
    print("else on empty loop")
