db = {
    "users": {"alice": {"age": 30, "tags": ["admin"]}, "bob": {"age": 25, "tags": []}},
    "count": 2,
}
print(db["users"]["alice"]["age"], db["users"]["bob"]["tags"])
db["users"]["carol"] = {"age": 41, "tags": ["x", "y"]}
db["count"] += 1
print(db)
for name, info in db["users"].items():
    print(name, info["age"], len(info["tags"]))
print(sorted(db["users"], key=lambda n: db["users"][n]["age"]))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
