class StorageError(Exception):
    pass


def read(store, key):
    try:
        return store[key]
    except KeyError as exc:
        raise StorageError(f"no such key: {key}") from exc


def read_many(store, keys):
    out = []
    for k in keys:
        try:
            out.append(read(store, k))
        except StorageError:
            out.append(None)
            if k.startswith("!"):
                raise
    return out


print(read_many({"a": 1}, ["a", "b"]))
print(read_many({"a": 1}, ["a", "!c"]))
