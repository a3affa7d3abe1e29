# zip and enumerate over builtin iterators (ranges, lists, tuples, strs, bytes, reversed
# lists) advance them directly; the results must be CPython's, including which items an
# unequal zip consumes, reuse of the result tuple, and counts past the small-int range.

a = iter([1, 2, 3])
b = iter([10])
print(list(zip(a, b)), next(a), list(a))

print(list(zip(range(5), "abc", (7, 8, 9, 10), b"xyz")))
print(list(zip(reversed([1, 2, 3]), reversed((4, 5, 6)), range(10, 0, -3))))
print(list(zip()), list(zip([])), list(zip([], range(3))))

keep = []
for pair in zip(range(4), range(4, 8)):
    keep.append(pair)
print(keep)

# a result kept by the loop is not refilled by the next step
seen = []
for t in zip([1, 2, 3], "xyz"):
    seen.append(t)
print(seen, [type(t).__name__ for t in seen])

print(list(enumerate("hey")), list(enumerate(range(3), 5)), list(enumerate([], 3)))
print(list(enumerate((9, 8), 2**62)), list(enumerate([1, 2], -1)))
big = 2**47 - 2
print(list(enumerate("abcd", big)))

e = enumerate(iter([5, 6]))
print(next(e), next(e), next(e, "done"), next(e, "still done"))
z = zip(iter([1]), iter([2, 3]))
print(next(z), next(z, "end"), next(z, "end"))

# strict zips keep their checks
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as exc:
    print("ValueError", exc)

# a list growing while zipped
grow = [1, 2]
out = []
for x, y in zip(grow, range(6)):
    out.append((x, y))
    if len(grow) < 5:
        grow.append(x * 10)
print(out)

total = 0
for rnd in range(2000):
    for i, (x, y) in enumerate(zip(range(rnd % 7), reversed(range(20)))):
        total += i * x + y
print(total)
