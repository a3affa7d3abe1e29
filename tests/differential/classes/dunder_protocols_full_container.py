class SparseVec:
    def __init__(self, n, data=None):
        self.n = n
        self.data = dict(data or {})
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            idx = range(*i.indices(self.n))
            return SparseVec(len(idx), {j: self[k] for j, k in enumerate(idx) if self[k]})
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("SparseVec index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.n)
    def __iter__(self):
        for i in range(self.n):
            yield self[i]
    def __reversed__(self):
        for i in range(self.n - 1, -1, -1):
            yield self[i]
    def __bool__(self):
        return bool(self.data)
    def __eq__(self, other):
        return isinstance(other, SparseVec) and list(self) == list(other)
    def __repr__(self):
        return f"SparseVec({list(self)})"
v = SparseVec(6)
print(v, bool(v), len(v))
v[1] = 5
v[4] = 7
print(v, bool(v), 5 in v, 0 in v, 9 in v)
print(v[-2], v[1:5], v[::-2], v[::-1] == SparseVec(6, {1: 7, 4: 5}))
print(list(reversed(v)), sorted(v), sum(v), max(v))
del v[1]
print(v)
try:
    del v[1]
except KeyError as e:
    print("KeyError:", e)
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = v
print(a, b, rest)
print(list(enumerate(v))[3:5], dict(zip("abc", v)))
v[4] = 0
print(bool(v), v == SparseVec(6))
print("yes" if v else "no", [x for x in v if x])
