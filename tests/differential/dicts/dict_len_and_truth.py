d = {}
print(len(d), bool(d), not d)
d["k"] = None
print(len(d), bool(d), d["k"] is None)
if d:
    print("non-empty")
d.clear()
if not d:
    print("empty again")
print({None: None})
