xs = [4, 1, 7, 3, 9, 2]
print(len(xs), sum(xs), min(xs), max(xs), sorted(xs), list(reversed(xs)))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), xs.index(7))
print(list(enumerate(xs, 1)))
print(list(zip(xs, xs[1:])))
print(list(map(lambda x: x * 10, xs)), list(filter(lambda x: x % 2, xs)))
print(sum([[1], [2, 3]], []))
print(sorted(xs)[len(xs) // 2])
