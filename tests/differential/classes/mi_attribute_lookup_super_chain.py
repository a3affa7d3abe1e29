class Root:
    tag = "root"
    def describe(self):
        return ["Root"]
    def where(self):
        return "Root.where"
class Left(Root):
    tag = "left"
    def describe(self):
        return ["Left"] + super().describe()
class Right(Root):
    def describe(self):
        return ["Right"] + super().describe()
    def where(self):
        return "Right.where"
class Bottom(Left, Right):
    def describe(self):
        return ["Bottom"] + super().describe()
b = Bottom()
print([c.__name__ for c in Bottom.__mro__])
print(b.describe())
print(b.tag, b.where())
b.tag = "instance"
print(b.tag, Bottom.tag, Left.tag, Right.tag)
del b.tag
print(b.tag)
Right.tag = "right-now"
print(Bottom.tag)
del Left.tag
print(Bottom.tag)
class Mixin:
    def where(self):
        return "Mixin>" + super().where()
class Combo(Mixin, Right):
    pass
print(Combo().where(), [c.__name__ for c in Combo.__mro__])
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in E.__mro__])
print(super(Left, b).describe(), super(Bottom, b).where())
