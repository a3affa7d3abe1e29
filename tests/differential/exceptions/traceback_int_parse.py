def parse_all(tokens):
    return [int(t) for t in tokens]
print(parse_all(["1", "22", "-3"]))
print(parse_all(["4", "5x"]))
