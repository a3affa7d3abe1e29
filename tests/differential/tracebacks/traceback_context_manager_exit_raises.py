class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is KeyError:
            raise RuntimeError("close failed")
        return False


with Resource("a"):
    print("body a")
with Resource("b") as r:
    {}[r.name]
