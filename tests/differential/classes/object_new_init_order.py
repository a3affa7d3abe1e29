class Base:
    def __init__(self):
        print("Base.__init__", type(self).__name__)
        self.setup()
    def setup(self):
        print("Base.setup")
class Child(Base):
    def __init__(self):
        print("Child.__init__ start")
        super().__init__()
        print("Child.__init__ end")
    def setup(self):
        print("Child.setup")
Child()
class NoInit(Base):
    pass
NoInit()
class Args:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
try:
    Args()
except TypeError as e:
    print("TypeError:", e)
try:
    Args(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
class RetInit:
    def __init__(self):
        return 5
try:
    RetInit()
except TypeError as e:
    print("TypeError:", e)
