class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Config({items})"
c = Config(host="localhost", port=8080, debug=False)
print(c)
for field in ["host", "port", "user"]:
    print(field, getattr(c, field, "<missing>"))
setattr(c, "port", getattr(c, "port") + 1)
delattr(c, "debug")
print(c, hasattr(c, "debug"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
