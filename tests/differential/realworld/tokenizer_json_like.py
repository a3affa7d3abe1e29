class JSONError(ValueError):
    pass


def parse_json(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1

    def expect(ch):
        nonlocal pos
        skip()
        if text[pos:pos + 1] != ch:
            raise JSONError(f"expected {ch!r} at {pos}, found {text[pos:pos + 1]!r}")
        pos += 1

    def value():
        nonlocal pos
        skip()
        ch = text[pos:pos + 1]
        if ch == "{":
            pos += 1
            obj = {}
            skip()
            if text[pos:pos + 1] == "}":
                pos += 1
                return obj
            while True:
                skip()
                key = string()
                expect(":")
                obj[key] = value()
                skip()
                if text[pos:pos + 1] == ",":
                    pos += 1
                    continue
                expect("}")
                return obj
        if ch == "[":
            pos += 1
            arr = []
            skip()
            if text[pos:pos + 1] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                skip()
                if text[pos:pos + 1] == ",":
                    pos += 1
                    continue
                expect("]")
                return arr
        if ch == '"':
            return string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise JSONError(f"unexpected {ch!r} at {start}")
        return float(num) if any(c in num for c in ".eE") else int(num)

    def string():
        nonlocal pos
        if text[pos:pos + 1] != '"':
            raise JSONError(f"expected string at {pos}")
        pos += 1
        out = []
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
        while True:
            if pos >= len(text):
                raise JSONError("unterminated string")
            ch = text[pos]
            pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = text[pos]
                pos += 1
                if esc == "u":
                    out.append(chr(int(text[pos:pos + 4], 16)))
                    pos += 4
                else:
                    out.append(escapes[esc])
            else:
                out.append(ch)

    result = value()
    skip()
    if pos != len(text):
        raise JSONError(f"trailing data at {pos}")
    return result


def dump(v, indent=0):
    sp = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(f'{sp}  "{k}": {dump(x, indent + 1)}' for k, x in v.items())
        return "{\n" + inner + "\n" + sp + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return repr(v)


doc = '{"name": "molt", "version": 1.5, "tags": ["fast", "rust"], "nested": {"a": [1, 2, {"b": null}], "ok": true}, "esc": "line\\nnext \\"q\\" \\u00e9", "neg": -12, "exp": 2e3, "empty": {}}'
data = parse_json(doc)
print(data)
print(dump(data))
print(data["esc"], data["nested"]["a"][2], type(data["exp"]).__name__)
for bad in ['{"a" 1}', "[1, 2", '"open', "[1] x", "{'a': 1}", "", "[tru]"]:
    try:
        print(parse_json(bad))
    except JSONError as e:
        print(f"{bad!r:>12} -> JSONError: {e}")
    except (IndexError, KeyError) as e:
        print(f"{bad!r:>12} -> {type(e).__name__}")
