import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __add__(self, other):
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        self._check(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return any(self.c)

    def _check(self, other):
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch {len(self)} != {len(other)}")

    def __repr__(self):
        return "Vector(" + ", ".join(f"{x:g}" for x in self.c) + ")"


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(row, other)) for row in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.m))

    def minor(self, i, j):
        return Matrix([row[:j] + row[j + 1:] for k, row in enumerate(self.rows) if k != i])

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        width = max(len(f"{x:g}") for row in self.rows for x in row)
        return "\n".join("[" + " ".join(f"{x:>{width}g}" for x in row) + "]" for row in self.rows)


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, v / 2)
print(f"{abs(Vector(3, 4)):.3f}", bool(Vector(0, 0)), bool(v), v == Vector(1, 2, 3), len({v, Vector(1, 2, 3)}))
try:
    v + Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
m = Matrix([[1, 2], [3, 4]])
print(m @ m)
print(m.transpose())
print(m @ Vector(1, 1))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib.rows[0][1])
big = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(big.det(), (big @ Matrix.identity(3)) == big)
print(Matrix([[0.5, 1.25], [10, -3]]))
