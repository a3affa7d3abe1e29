def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + escape(k) + ": " + dumps(v, indent, level + 1))
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


doc = {
    "name": "Molt",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "big": 10 ** 20,
    "tags": ["fast", "rust", "python"],
    "nested": {"empty_list": [], "empty_obj": {}, "quote": 'say "hi"\n\ttabbed', "ctrl": "\x01"},
    "matrix": [[1, 2], [3, 4]],
}
print(dumps(doc))
print(dumps([]), dumps({}), dumps("plain"), dumps(-0.0), dumps(1e16))
print(dumps({"a": [1, {"b": None}]}, indent=4))
for bad in [{1: "x"}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
