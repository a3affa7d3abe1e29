def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
for v in g:
    print("received", v)
print(list(count_up(0)))
g2 = count_up(2)
print(next(g2))
print(next(g2))
try:
    next(g2)
except StopIteration:
    print("exhausted")
print(next(g2, "still exhausted"))
