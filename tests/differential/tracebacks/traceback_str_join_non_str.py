parts = ["id", 42, "name"]
print(", ".join(str(p) for p in parts))
print(", ".join(parts))
