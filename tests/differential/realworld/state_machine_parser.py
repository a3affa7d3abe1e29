# A CSV-ish line parser written as an explicit state machine.
START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED = "START", "UNQUOTED", "QUOTED", "QUOTE_IN_QUOTED"


class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(f"line {line}, col {col}: {msg}")
        self.line, self.col = line, col


def parse_line(text, lineno=1, sep=","):
    fields, buf, state = [], [], START
    transitions = []
    for col, ch in enumerate(text, 1):
        prev = state
        if state == START:
            if ch == '"':
                state = QUOTED
            elif ch == sep:
                fields.append("")
            else:
                buf.append(ch)
                state = UNQUOTED
        elif state == UNQUOTED:
            if ch == sep:
                fields.append("".join(buf))
                buf.clear()
                state = START
            elif ch == '"':
                raise ParseError(lineno, col, "quote in unquoted field")
            else:
                buf.append(ch)
        elif state == QUOTED:
            if ch == '"':
                state = QUOTE_IN_QUOTED
            else:
                buf.append(ch)
        elif state == QUOTE_IN_QUOTED:
            if ch == '"':
                buf.append('"')
                state = QUOTED
            elif ch == sep:
                fields.append("".join(buf))
                buf.clear()
                state = START
            else:
                raise ParseError(lineno, col, f"unexpected {ch!r} after closing quote")
        if prev != state:
            transitions.append((prev[0], state[0]))
    if state == QUOTED:
        raise ParseError(lineno, len(text), "unterminated quote")
    fields.append("".join(buf))
    return fields, transitions


lines = [
    'name,age,city',
    'Alice,30,"New York, NY"',
    '"Bob ""The Builder""",45,',
    ',,',
    '"",x,""',
    'bad"quote,1',
    '"unterminated,2',
    '"ok"x,3',
]
for n, line in enumerate(lines, 1):
    try:
        fields, trans = parse_line(line, n)
        print(f"{n}: {len(fields)} fields {fields}")
        print("   transitions:", " ".join(f"{a}>{b}" for a, b in trans))
    except ParseError as e:
        print(f"{n}: error {e} (col={e.col})")

rows = [parse_line(l)[0] for l in lines[:3]]
header, *body = rows
for row in body:
    record = dict(zip(header, row))
    print(sorted(record.items()))
