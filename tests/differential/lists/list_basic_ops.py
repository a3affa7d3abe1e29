a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [] * 5, len(a), a[0], a[-1])
print(3 in a, 7 not in a, a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0])
c = a
c.append(4)
print(a, c is a, a is not [1, 2, 3, 4])
print([[]] * 3, [0] * 5)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print(list(), list(range(4)), list("ab"), list((1, 2)))
