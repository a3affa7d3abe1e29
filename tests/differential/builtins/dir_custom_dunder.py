# dir() of an instance whose class defines __dir__ answers its result, sorted.
class Proxy:
    def __init__(self, names):
        self._names = names

    def __dir__(self):
        return iter(self._names)


class Sub(Proxy):
    pass


class Plain:
    def method(self):
        pass


print(dir(Proxy(["zeta", "alpha", "mid"])), dir(Sub(("b", "a"))))
print("method" in dir(Plain()), type(dir(Proxy([]))))
try:
    dir(Proxy(5))
except TypeError as e:
    print(e)
