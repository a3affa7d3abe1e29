x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
items = [1, 2, 3]
g = (i for i in items)
items = [7, 8, 9]
print(list(g))
items = [1, 2, 3]
g = (i * j for i in items for j in items if i != j)
items.append(4)
print(list(g))
def make():
    n = 2
    return (n * v for v in range(3))
print(list(make()))
class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    try:
        scaled = list(v * total for v in vals)
    except NameError as e:
        scaled = str(e)
print(C.total, C.scaled)
nested = ((i, j) for i in range(3) for j in (k for k in range(i)))
print(list(nested))
g = (y for y in range(3))
print(next(g), sum(g), list(g))
print(sorted((v for v in "hello"), reverse=True), "".join(c.upper() for c in "abc" if c != "b"))
try:
    g = (1 / z for z in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    g = (q for q in 5)
except TypeError as e:
    print("TypeError at creation:", e)
