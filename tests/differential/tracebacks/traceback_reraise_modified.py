def parse_all(items):
    out = []
    for i, item in enumerate(items):
        try:
            out.append(int(item))
        except ValueError as e:
            e.add_note(f"while parsing item {i}")
            raise
    return out


print(parse_all(["1", "2"]))
print(parse_all(["1", "x2"]))
