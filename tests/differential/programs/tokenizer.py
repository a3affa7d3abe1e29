KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ";", ","]


class Token:
    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"


class LexError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    line = 1
    col = 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1
            col = 1
            i += 1
            continue
        if c.isspace():
            i += 1
            col += 1
            continue
        if c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            kind = "FLOAT" if "." in text else "INT"
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            kind = "KW" if text in KEYWORDS else "IDENT"
        elif c == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{col}")
            j += 1
            text = src[i:j]
            kind = "STR"
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    text = op
                    kind = "OP"
                    j = i + len(op)
                    break
            else:
                raise LexError(f"unexpected character {c!r} at {line}:{col}")
        tokens.append(Token(kind, text, line, start_col))
        col += j - i
        i = j
    return tokens


program = """let x = 10;
let y = 3.25;  # a comment
fn add(a, b) { return a + b; }
while (x >= 0 && y != 0) { print("tick", x); x = x - 1; }
"""
toks = tokenize(program)
for t in toks:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(counts)
for bad in ['let s = "open', "let z = 5 @ 3;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
