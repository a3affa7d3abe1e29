records = [{"name": "a", "age": 3}, {"name": "b", "age": 1}, {"name": "c"}]
by_age = sorted(records[:2], key=lambda r: r["age"])
print([r["name"] for r in by_age])
print(sorted(records, key=lambda r: r["age"]))
