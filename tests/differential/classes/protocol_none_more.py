# Protocol slots set to None, and MRO errors, in more shapes than the basic cases.
class It:
    def __iter__(self):
        return iter([3, 4])
    __contains__ = None
try:
    print(3 in It())
except TypeError as e:
    print("in:", e)
print(list(It()))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10
print(list(GetItemOnly()), 20 in GetItemOnly(), 5 in GetItemOnly())
class Sub(GetItemOnly):
    __iter__ = None
for f in (iter, list, tuple, sorted, set):
    try:
        f(Sub())
    except TypeError as e:
        print(f.__name__, e)
try:
    1 in Sub()
except TypeError as e:
    print("in Sub:", e)
class A: pass
class B(A): pass
class C: pass
for bases in ((A, B, C), (C, A, A), (B, C, B)):
    try:
        type("T", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
l = list(range(6))
for key, value in ((slice(None, None, 2), 1), (slice(1, 3), None), (slice(None, None, -1), 2.5), (slice(0, 4, 1), 3)):
    try:
        l[key] = value
    except TypeError as e:
        print(key, "TypeError:", e)
ba = bytearray(b"hello")
for value in ("xy", 2, object(), [1, 300], (104, 105)):
    try:
        ba[1:3] = value
        print(ba)
    except (TypeError, ValueError) as e:
        print(repr(value)[:10], type(e).__name__, e)
for fmt, arg in (("%s %(a)s", {"a": 1}), ("%(a)s %(a)s", {"a": 2}), ("%(a)s %*d", {"a": 1}), ("%(a)s %s %s", {"a": 1})):
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
