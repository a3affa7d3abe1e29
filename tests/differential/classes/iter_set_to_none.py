# Setting __iter__ = None marks a class as not iterable.
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
class Base:
    def __iter__(self):
        return iter([1, 2])
class Child(Base):
    __iter__ = None
for obj in (NoIter(), Child()):
    try:
        iter(obj)
    except TypeError as e:
        print("iter:", e)
    try:
        for x in obj:
            pass
    except TypeError as e:
        print("for:", e)
    try:
        list(obj)
    except TypeError as e:
        print("list:", e)
print(list(Base()))
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print("in:", e)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print("hash:", e)
