A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
C = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(C)
I = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(I)
print([[A[i][j] + 10 for j in range(len(A[0]))] for i in range(len(A))])
print([list(r) for r in zip(*A)])
