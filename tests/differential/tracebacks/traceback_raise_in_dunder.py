class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        if len(self.xs) != len(other.xs):
            raise ValueError(f"dimension mismatch: {len(self.xs)} vs {len(other.xs)}")
        return Vector(*[a + b for a, b in zip(self.xs, other.xs)])

    def __repr__(self):
        return f"Vector{tuple(self.xs)}"


print(Vector(1, 2) + Vector(3, 4))
print(Vector(1, 2) + Vector(1, 2, 3))
