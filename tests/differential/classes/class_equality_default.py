class P:
    def __init__(self, v):
        self.v = v
a = P(1)
b = P(1)
print(a == b, a != b, a == a, a is a, a in [b], a in [a])
class Q:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("Q.__eq__")
        return isinstance(o, Q) and self.v == o.v
print(Q(1) == Q(1), Q(1) != Q(2), Q(1) in [Q(0), Q(1)])
print(Q(1) == 1, 1 == Q(1))
