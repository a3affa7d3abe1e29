def gen(a, *rest, k=0):
    yield a
    for r in rest:
        yield r + k
print(list(gen(1, 2, 3, k=10)))
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in "a bb ccc dd".split()))
