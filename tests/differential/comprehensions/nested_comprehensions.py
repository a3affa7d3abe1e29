matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print([[x for x in row if x > 4] for row in matrix])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(sum([[1, 2], [3]], []), [y for x in [[1, [2]], [3]] for y in x])
