class Lock:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise PermissionError(f"cannot acquire {self.name}")
        print("acquired", self.name)
        return self

    def __exit__(self, *exc):
        print("released", self.name)
        return False


with Lock("a"), Lock("b"):
    print("critical section")
with Lock("c"), Lock("d", fail=True):
    print("never")
