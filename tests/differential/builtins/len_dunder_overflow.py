# len() with __len__ returning a huge or non-int value.
class Big:
    def __len__(self):
        return 2 ** 70
class Neg:
    def __len__(self):
        return -3
class FloatLen:
    def __len__(self):
        return 2.0
class BoolLen:
    def __len__(self):
        return True
for cls in (Big, Neg, FloatLen, BoolLen):
    try:
        print(cls.__name__, len(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        print(cls.__name__, bool(cls()))
    except Exception as e:
        print(cls.__name__, "bool:", type(e).__name__, e)
