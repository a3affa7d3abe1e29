# Pure-Python JSON-like serializer and recursive-descent parser: round-trips nested dict/list/str/number data


class ParseError(Exception):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


def dump_str(s, out):
    out.append('"')
    start = 0
    for i in range(len(s)):
        ch = s[i]
        if ch in ESCAPES:
            if start < i:
                out.append(s[start:i])
            out.append(ESCAPES[ch])
            start = i + 1
    if start < len(s):
        out.append(s[start:])
    out.append('"')


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        dump_str(value, out)
    elif isinstance(value, list):
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(",")
            first = False
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for k, v in value.items():
            if not first:
                out.append(",")
            first = False
            dump_str(k, out)
            out.append(":")
            dump(v, out)
        out.append("}")
    else:
        raise TypeError("cannot serialize %s" % type(value).__name__)


def dumps(value):
    out = []
    dump(value, out)
    return "".join(out)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        n = len(text)
        while self.pos < n and text[self.pos] in " \t\n\r":
            self.pos += 1

    def parse(self):
        v = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise ParseError("trailing data at %d" % self.pos)
        return v

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "t" and self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == "f" and self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if ch == "n" and self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise ParseError("expected ':' at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected ',' or '}' at %d" % (self.pos - 1))

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected ',' or ']' at %d" % (self.pos - 1))

    def string(self):
        text = self.text
        if text[self.pos] != '"':
            raise ParseError("expected string at %d" % self.pos)
        self.pos += 1
        parts = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                parts.append(text[start:self.pos])
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[start:self.pos])
                esc = text[self.pos + 1]
                if esc not in UNESCAPES:
                    raise ParseError("bad escape at %d" % self.pos)
                parts.append(UNESCAPES[esc])
                self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        n = len(text)
        if text[self.pos] == "-":
            self.pos += 1
        is_float = False
        while self.pos < n:
            ch = text[self.pos]
            if "0" <= ch <= "9":
                self.pos += 1
            elif ch in ".eE+-":
                is_float = True
                self.pos += 1
            else:
                break
        token = text[start:self.pos]
        if not token or token == "-":
            raise ParseError("bad number at %d" % start)
        return float(token) if is_float else int(token)


def loads(text):
    return Parser(text).parse()


def make_doc(seed, depth):
    x = seed
    def rnd():
        nonlocal x
        x = (x * 1103515245 + 12345) % 2147483648
        return x >> 4

    def build(d):
        kind = rnd() % (6 if d > 0 else 4)
        if kind == 0:
            return rnd() % 100000 - 50000
        if kind == 1:
            return (rnd() % 1000000) / 64.0
        if kind == 2:
            return "s%d \"q\" \\ line\n%d" % (rnd() % 1000, rnd() % 10) if rnd() % 5 == 0 else "name%d" % (rnd() % 500)
        if kind == 3:
            return [None, True, False][rnd() % 3]
        if kind == 4:
            return [build(d - 1) for _ in range(rnd() % 8)]
        obj = {}
        for i in range(rnd() % 8):
            obj["k%d_%d" % (i, rnd() % 50)] = build(d - 1)
        return obj

    return {"id": seed, "items": [build(depth) for _ in range(8)], "meta": {"v": 1, "tags": ["a", "b"]}}


def main():
    total_chars = 0
    checksum = 0
    errors = 0
    for seed in range(3000):
        doc = make_doc(seed, 6)
        text = dumps(doc)
        back = loads(text)
        if back != doc:
            print("MISMATCH", seed)
        again = dumps(back)
        if again != text:
            print("UNSTABLE", seed)
        total_chars += len(text)
        for i in range(0, len(text), 3):
            checksum = (checksum * 31 + ord(text[i])) & 0xFFFFFFFF
    for bad in ['{"a" 1}', "[1, 2", '{"k": tru}', '"abc', "[1,]x", '{"x": "\\q"}']:
        try:
            loads(bad)
        except ParseError:
            errors += 1
        except IndexError:
            errors += 100
    sample = dumps(make_doc(7, 2))
    print("documents 3000 chars", total_chars, "checksum", checksum, "errors", errors)
    print("sample", sample[:150])
    print("pretty numbers", dumps([1.5, -0.25, 1e-07, 12345678901234567890, 3.0, 1e+22]))


main()
