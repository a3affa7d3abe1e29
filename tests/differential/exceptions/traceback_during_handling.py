def read_value(d):
    try:
        return d["value"]
    except KeyError:
        return d["fallback"]
print(read_value({"value": 1}))
print(read_value({}))
