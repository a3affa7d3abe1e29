class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 1, "s", 2.0, True, None, [1]]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, str)), isinstance(o, object))
print(issubclass(B, (C, A)), issubclass(bool, (str, int)), issubclass(A, object))
print(type(B()) is B, type(B()) is A, type(B()) == B)
print(type(type).__name__, type(A).__name__, type(None).__name__)
