class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError("out of range")
        return i * i
    def __len__(self):
        return self.n
s = Squares(6)
print(list(s), s[2], s[-1], s[1:5], s[::2], s[::-1])
print(9 in s, 10 in s, sum(s), len(s))
for v in s:
    print(v, end=" ")
print()
print(list(reversed(s)))
print(slice(1, 10, 2), slice(5).indices(3), slice(None, None, -1).indices(4))
