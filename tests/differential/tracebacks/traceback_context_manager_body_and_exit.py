class Session:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "after", exc_type.__name__ if exc_type else "success")
        if exc_type is KeyError:
            raise ConnectionError(f"{self.name}: lost while handling {exc}")
        return False
with Session("a"):
    print("working")
with Session("b") as s:
    data = {}
    print(data["token"])
