class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        print("__len__ called")
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Bag([])), bool(Bag([1])), len(Bag("abc")))
print(bool(Flag(False)), "yes" if Flag(True) else "no", not Flag(True))
print(bool(Both()), len(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
