class Weird(Exception):
    def __str__(self):
        return "weird: " + str(len(self.args)) + " args " + repr(self.args)


def f():
    raise Weird(1, "two", [3])


f()
