def render(obj, indent=0, seen=None):
    seen = set() if seen is None else seen
    pad = "  " * indent
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            return pad + "<cycle>"
        seen = seen | {id(obj)}
    if isinstance(obj, dict):
        if not obj:
            return pad + "{}"
        lines = [pad + "{"]
        for k, v in obj.items():
            sub = render(v, indent + 2, seen).lstrip()
            lines.append(f"{pad}  {k!r}: {sub}")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if not obj:
            return pad + open_ + close
        if all(not isinstance(x, (list, tuple, dict)) for x in obj) and len(obj) <= 4:
            return pad + open_ + ", ".join(repr(x) for x in obj) + ("," if len(obj) == 1 and close == ")" else "") + close
        lines = [pad + open_]
        for x in obj:
            lines.append(render(x, indent + 1, seen))
        lines.append(pad + close)
        return "\n".join(lines)
    return pad + repr(obj)


data = {
    "name": "root",
    "tags": ["a", "b"],
    "children": [
        {"name": "leaf1", "value": 1.5, "meta": {}},
        {"name": "leaf2", "value": None, "coords": (1, 2), "single": (7,)},
        [1, [2, [3, [4, [5]]]]],
    ],
    "matrix": [[1, 2, 3], [4, 5, 6]],
    "empty": [],
}
print(render(data))
cyc = [1, 2]
cyc.append(cyc)
print(render(cyc))
print(cyc)
d = {"self": None}
d["self"] = d
print(d)


def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, (list, tuple)):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0


def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return sum(count_leaves(v) for v in obj)
    return 1


print(depth(data), count_leaves(data))
