class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str failed")


try:
    raise Broken("payload")
except Broken as e:
    print("caught Broken with args", e.args)
raise Broken("payload")
