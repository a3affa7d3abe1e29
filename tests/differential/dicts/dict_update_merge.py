defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "qty": 3, "gift": True}
merged = dict(defaults)
merged.update(overrides)
print(merged)
print({**defaults, **overrides} == merged, defaults | overrides == merged)
print(overrides | defaults)
d = {"a": 1}
d.update({"a": 2}, a=3)
print(d)
