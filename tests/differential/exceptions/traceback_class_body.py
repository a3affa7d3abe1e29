class Settings:
    defaults = {"a": 1}
    derived = defaults["b"] * 2
print("unreachable")
