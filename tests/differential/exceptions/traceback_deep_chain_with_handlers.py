class StorageError(Exception):
    pass
class ServiceError(Exception):
    pass
def storage_read(key):
    data = {"x": "1"}
    return data[key]
def service_get(key):
    try:
        return storage_read(key)
    except KeyError as e:
        raise StorageError(f"read failed for {key}") from e
def handler(key):
    try:
        return service_get(key)
    except StorageError:
        raise ServiceError("request failed")
print(handler("x"))
print(handler("y"))
