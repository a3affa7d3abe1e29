class Key:
    def __init__(self, parts):
        self.parts = parts

    def __hash__(self):
        return hash(tuple(self.parts))

    def __eq__(self, other):
        return self.parts == other.parts


d = {Key([1, 2]): "ok"}
print(len(d))
d[Key([1, [2]])] = "bad"
