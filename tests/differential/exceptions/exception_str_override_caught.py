class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
    def __str__(self):
        return f"HTTP {self.code}: {self.reason}"
class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"
try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e, "|", repr(e), "|", e.args, e.code)
try:
    raise Quiet("shh")
except Quiet as e:
    print(e, "|", repr(e))
