class Problem(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__()

    def __repr__(self):
        return f"Problem(code={self.code})"


try:
    raise Problem(7)
except Problem as e:
    print(repr(e), "|" + str(e) + "|", e.args)
raise Problem(9)
