# TypeError when no consistent MRO exists: the message names the conflicting bases.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
try:
    class F(D, E):
        pass
except TypeError as e:
    print("class F(D, E):", e)
try:
    class G(A, B):
        pass
except TypeError as e:
    print("class G(A, B):", e)
try:
    class H(B, B):
        pass
except TypeError as e:
    print("class H(B, B):", e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("class Z(X, Y):", e)
