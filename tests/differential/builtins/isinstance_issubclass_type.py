print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (tuple, list)), issubclass(KeyError, LookupError))
print(type(1), type("s"), type([]), type(None), type(type), type(len))
print(type(1) is int, type(True) is int, type(True) is bool)
class A: pass
class B(A): pass
print(type(B()).__name__, isinstance(B(), A), issubclass(B, A), type(A) is type)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
