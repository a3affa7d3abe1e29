def source(n):
    for i in range(n):
        print(f"  source yields {i}")
        yield i
def square(it):
    for x in it:
        print(f"  square {x}")
        yield x * x
def keep_even(it):
    for x in it:
        if x % 2 == 0:
            print(f"  keep {x}")
            yield x
        else:
            print(f"  drop {x}")
pipe = keep_even(square(source(5)))
print("pipeline built")
print("first:", next(pipe))
print("rest:", list(pipe))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * 3 for x in naturals() if x % 2))))
ge = (print(f"  genexp evaluates {x}") or x for x in range(3))
print("genexp made")
print(sum(ge))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], (x for x in range(2)), {"k": 0})))
it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)
gen = (x for x in [1, 2, 3])
print(3 in gen, list(gen))
gen = (x for x in [1, 2, 3])
print(2 in gen, list(gen))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched(range(7), 3)))
print(list(map(sum, batched(naturals_limit := range(10), 4))), naturals_limit)
