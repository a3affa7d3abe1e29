class Sparse:
    def __init__(self, rows, cols, entries=None):
        self.shape = (rows, cols)
        self.data = {}
        for (i, j), v in (entries or {}).items():
            self[i, j] = v

    def __setitem__(self, key, value):
        i, j = key
        if not (0 <= i < self.shape[0] and 0 <= j < self.shape[1]):
            raise IndexError(f"index {key} out of bounds for shape {self.shape}")
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)

    def __getitem__(self, key):
        if isinstance(key, int):
            return [self.data.get((key, j), 0) for j in range(self.shape[1])]
        return self.data.get(key, 0)

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        out = Sparse(*self.shape, self.data)
        for k, v in other.data.items():
            out[k] = out[k] + v
        return out

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Sparse(*self.shape, {k: v * other for k, v in self.data.items()})
        if self.shape[1] != other.shape[0]:
            raise ValueError("inner dimensions differ")
        out = Sparse(self.shape[0], other.shape[1])
        by_row = {}
        for (k, j), v in other.data.items():
            by_row.setdefault(k, []).append((j, v))
        for (i, k), a in self.data.items():
            for j, b in by_row.get(k, ()):
                out[i, j] = out[i, j] + a * b
        return out

    __rmul__ = __mul__

    def T(self):
        return Sparse(self.shape[1], self.shape[0], {(j, i): v for (i, j), v in self.data.items()})

    def density(self):
        return len(self.data) / (self.shape[0] * self.shape[1])

    def __eq__(self, other):
        return self.shape == other.shape and self.data == other.data

    def __str__(self):
        return "\n".join(" ".join(f"{x:>4g}" for x in self[i]) for i in range(self.shape[0]))


a = Sparse(3, 3, {(0, 0): 1, (1, 2): 2, (2, 1): -3})
b = Sparse(3, 2, {(0, 1): 4, (2, 0): 0.5, (1, 1): 1})
print(a)
print()
print(a * b)
print()
print(2 * a + a.T())
print(sorted((a * a).data.items()), f"{a.density():.3f}", (a + a) == a * 2, a.T().T() == a)
a[0, 0] = 0
print(sorted(a.data), a[0])
for bad in [lambda: a.__setitem__((3, 0), 1), lambda: a + b, lambda: b * b]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
