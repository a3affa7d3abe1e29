class ParseFailure(ValueError):
    def __init__(self, text, pos):
        super().__init__(f"cannot parse {text!r} at {pos}")
        self.text = text
        self.pos = pos


def parse_int(text):
    for i, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseFailure(text, i)
    return int(text)


def parse_all(texts):
    return [parse_int(t) for t in texts]
