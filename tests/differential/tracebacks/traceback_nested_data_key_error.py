config = {"db": {"primary": {"host": "a", "port": 5432}}, "cache": {}}


def get(path):
    node = config
    for part in path.split("."):
        node = node[part]
    return node


print(get("db.primary.port"))
print(get("cache.ttl"))
