class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        self.log = ["Base"]
    def describe(self):
        return "Base"
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
        self.log.append("Left")
    def describe(self):
        return "Left>" + super().describe()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
        self.log.append("Right")
    def describe(self):
        return "Right>" + super().describe()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom init")
        super().__init__(**kw)
        self.log.append("Bottom")
    def describe(self):
        return "Bottom>" + super().describe()
b = Bottom(left=1, right=2, extra=3)
print(b.log)
print(b.describe())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).describe())
print(super(Right, b).describe())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
class E(C):
    def who(self):
        return ["E"] + super().who()
class F(D, E):
    def who(self):
        return ["F"] + super().who()
print(F().who())
print([k.__name__ for k in F.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
