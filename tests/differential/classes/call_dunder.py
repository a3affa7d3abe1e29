class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, y=1):
        self.calls += 1
        return x * self.k * y
triple = Multiplier(3)
print(triple(5), triple(2, y=10), triple.calls, callable(triple))
print(list(map(triple, [1, 2, 3])))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *vals):
        self.total += sum(vals)
        return self
acc = Accumulator()
acc(1)(2, 3)(4)
print(acc.total)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
