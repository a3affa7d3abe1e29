t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.count(2), t.index(3), 2 in t, 5 not in t)
single = 5,
print(single, type(single).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(repr((1, "a", None, 1.5)), str(("x",)))
