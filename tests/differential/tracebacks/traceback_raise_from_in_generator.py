def records(lines):
    for n, line in enumerate(lines, 1):
        try:
            key, value = line.split(":")
        except ValueError as exc:
            raise SyntaxError(f"line {n}: expected 'key: value'") from exc
        yield key.strip(), value.strip()


print(dict(records(["a: 1", "b: 2"])))
print(dict(records(["a: 1", "bad line"])))
