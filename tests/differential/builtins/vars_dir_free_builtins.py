class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p))
print(sorted(k for k in dir(p) if not k.startswith("_")))
print("append" in dir([]), "upper" in dir(""))
