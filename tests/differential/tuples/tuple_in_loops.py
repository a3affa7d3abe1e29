points = ((0, 0), (3, 4), (-1, 1), (6, 8))
for x, y in points:
    print((x, y), (x * x + y * y) ** 0.5)
far = max(points, key=lambda p: p[0] ** 2 + p[1] ** 2)
print(far)
coords = tuple((x + 1, y - 1) for x, y in points)
print(coords)
print(tuple(sorted(points)))
