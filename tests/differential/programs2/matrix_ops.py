def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def gauss_solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]

def show(name, m):
    w = max(len(str(x)) for row in m for x in row)
    print(name)
    for row in m:
        print("  [" + " ".join(f"{x:>{w}}" for x in row) + "]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a*b", matmul(a, b))
show("b^T", transpose(b))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show("fib^10", matpow([[1, 1], [1, 0]], 10))
print("det:", det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det([[1, 2], [2, 4]]), det(identity(4)))
x = gauss_solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print("solution:", [round(v, 9) for v in x])
print("raw:", x)
