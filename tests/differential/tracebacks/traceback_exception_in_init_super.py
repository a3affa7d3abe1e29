class Base:
    def __init__(self, name):
        self.name = name.upper()


class Child(Base):
    def __init__(self, name, size):
        super().__init__(name)
        self.size = size


print(Child("a", 1).name)
Child(None, 2)
