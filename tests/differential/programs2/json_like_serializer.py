def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + dumps(k) + ": " + dumps(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

doc = {"name": "Molt", "version": [0, 1, 2], "fast": True, "ratio": 0.75, "notes": None,
       "tags": ["jit", "aot"], "nested": {"a": {"b": []}, "e": {}}, "quote": 'say "hi"\n', "uni": "café ☕"}
print(dumps(doc))
print(dumps(doc, indent=2))
print(dumps([1e100, -0.0, 10 ** 20, (1, 2)]))
for bad in [{1: "x"}, {"s": {1, 2}}, [float("nan")], object]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
