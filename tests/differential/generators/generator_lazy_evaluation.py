def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = noisy(5)
print("created generator")
for v in g:
    if v == 2:
        print("stopping early")
        break
print("rest:", list(g))
h = (print("genexpr", i) or i for i in range(3))
print("genexpr created")
print(next(h))
print(list(h))
