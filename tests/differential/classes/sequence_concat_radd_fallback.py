# list/str/tuple/bytes + obj falls back to obj.__radd__ (and * to __rmul__).
class Appender:
    def __init__(self, tag):
        self.tag = tag
    def __radd__(self, other):
        return f"{self.tag}.__radd__({other!r})"
    def __rmul__(self, other):
        return f"{self.tag}.__rmul__({other!r})"
    def __ror__(self, other):
        return f"{self.tag}.__ror__({other!r})"
a = Appender("A")
print([1, 2] + a)
print("text" + a)
print((1,) + a)
print(b"raw" + a)
print(bytearray(b"ba") + a)
print([0] * a)
print("s" * a)
print({"k": 1} | a)
print({1} | a)
acc = [1]
acc += [2]
print(acc)
s = "x"
s += a
print(s)
class Path:
    def __init__(self, parts):
        self.parts = parts
    def __radd__(self, prefix):
        return Path([prefix] + self.parts)
    def __repr__(self):
        return "/".join(self.parts)
print("root" + Path(["usr", "bin"]))
