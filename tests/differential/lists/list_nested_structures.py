matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], matrix[-1][-1], [row[0] for row in matrix])
transposed = [[matrix[r][c] for r in range(3)] for c in range(3)]
print(transposed)
flat = []
for row in matrix:
    flat.extend(row)
print(flat, sum(flat))
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1]
print(depth)
x = [1, 2]
x.append(x)
print(x)
