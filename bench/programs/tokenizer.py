# Tokenizer: hand-written lexer for a Python-like language over generated source (char classes, slicing, keyword dicts)

KEYWORDS = {"def", "return", "if", "elif", "else", "while", "for", "in", "and", "or", "not",
            "class", "pass", "break", "continue", "True", "False", "None", "lambda"}
OPERATORS = ["**=", "//=", ">>=", "<<=", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "->",
             "**", "//", "<<", ">>", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "[",
             "]", "{", "}", ",", ":", ".", "@", "&", "|", "^", "~"]
OP_BY_FIRST = {}
for op in OPERATORS:
    OP_BY_FIRST.setdefault(op[0], []).append(op)


class Token:
    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col


class LexError(Exception):
    pass


class Lexer:
    def __init__(self, source):
        self.src = source
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.indents = [0]
        self.tokens = []
        self.paren = 0

    def emit(self, kind, start):
        self.tokens.append(Token(kind, self.src[start:self.pos], self.line, start - self.line_start))

    def run(self):
        src = self.src
        n = len(src)
        at_line_start = True
        while self.pos < n:
            if at_line_start and self.paren == 0:
                at_line_start = False
                width = 0
                while self.pos < n and src[self.pos] == " ":
                    width += 1
                    self.pos += 1
                if self.pos < n and src[self.pos] in "\n#":
                    pass
                elif width > self.indents[-1]:
                    self.indents.append(width)
                    self.tokens.append(Token("INDENT", "", self.line, 0))
                else:
                    while width < self.indents[-1]:
                        self.indents.pop()
                        self.tokens.append(Token("DEDENT", "", self.line, 0))
                    if width != self.indents[-1]:
                        raise LexError("bad dedent at line %d" % self.line)
                continue
            ch = src[self.pos]
            start = self.pos
            if ch == "\n":
                self.pos += 1
                if self.paren == 0:
                    self.emit("NEWLINE", start)
                self.line += 1
                self.line_start = self.pos
                at_line_start = True
            elif ch == " " or ch == "\t":
                self.pos += 1
            elif ch == "#":
                while self.pos < n and src[self.pos] != "\n":
                    self.pos += 1
                self.emit("COMMENT", start)
            elif ch.isalpha() or ch == "_":
                while self.pos < n and (src[self.pos].isalnum() or src[self.pos] == "_"):
                    self.pos += 1
                word = src[start:self.pos]
                self.emit("KEYWORD" if word in KEYWORDS else "NAME", start)
            elif ch.isdigit():
                while self.pos < n and src[self.pos].isdigit():
                    self.pos += 1
                if self.pos < n and src[self.pos] == "." and self.pos + 1 < n and src[self.pos + 1].isdigit():
                    self.pos += 1
                    while self.pos < n and src[self.pos].isdigit():
                        self.pos += 1
                    self.emit("FLOAT", start)
                else:
                    self.emit("INT", start)
            elif ch == '"' or ch == "'":
                self.pos += 1
                while self.pos < n and src[self.pos] != ch:
                    if src[self.pos] == "\\":
                        self.pos += 1
                    elif src[self.pos] == "\n":
                        raise LexError("unterminated string at line %d" % self.line)
                    self.pos += 1
                self.pos += 1
                self.emit("STRING", start)
            elif ch in OP_BY_FIRST:
                for op in OP_BY_FIRST[ch]:
                    if src.startswith(op, self.pos):
                        self.pos += len(op)
                        break
                if ch in "([{":
                    self.paren += 1
                elif ch in ")]}":
                    self.paren -= 1
                self.emit("OP", start)
            else:
                raise LexError("unexpected %r at line %d" % (ch, self.line))
        while len(self.indents) > 1:
            self.indents.pop()
            self.tokens.append(Token("DEDENT", "", self.line, 0))
        self.tokens.append(Token("EOF", "", self.line, 0))
        return self.tokens


TEMPLATES = [
    "def {f}({a}, {b}=None):\n    # compute {f}\n    if {a} >= {n} and not {b}:\n        return {a} ** 2 // {n}\n    elif {b}:\n        return [{a}, {b}, {n}.5]\n    return {{'{f}': {a}}}\n",
    "class {C}:\n    def __init__(self, {a}):\n        self.{a} = {a}\n        self.items = ({n}, {n}, '{f}')\n\n    def get(self):\n        return self.{a} << 2 | {n}\n",
    "while {a} != {n}:\n    {a} += 1\n    if {a} % 7 == 3:\n        continue\n    {b} = lambda x: x * {n} - {a}  # tail\n",
    "for {a} in range({n}):\n    {b}[{a}] = \"s\\\"{f}\" if {a} & 1 else '{C}'\n    {b}[{a}] //= ({n} + {a})\n",
]


def generate(lines_wanted, seed):
    state = seed
    parts = []
    count = 0
    names = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa"]
    while count < lines_wanted:
        state = (state * 214013 + 2531011) & 0xFFFFFFFF
        t = TEMPLATES[(state >> 16) % len(TEMPLATES)]
        a = names[(state >> 3) % 10]
        b = names[(state >> 7) % 10] + "_" + str(state % 13)
        text = t.format(f="fn%d" % (state % 997), a=a, b=b, n=state % 1000, C="K%d" % (state % 89))
        parts.append(text)
        count += text.count("\n")
    return "".join(parts)


def main():
    source = generate(95000, 7)
    tokens = Lexer(source).run()
    kinds = {}
    op_counts = {}
    name_lengths = 0
    last_line = 0
    for t in tokens:
        kinds[t.kind] = kinds.get(t.kind, 0) + 1
        if t.kind == "OP":
            op_counts[t.text] = op_counts.get(t.text, 0) + 1
        elif t.kind == "NAME":
            name_lengths += len(t.text)
        last_line = t.line
    print("source chars", len(source), "lines", last_line, "tokens", len(tokens))
    print("kinds", sorted(kinds.items()))
    print("ops", sorted(op_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12])
    print("name chars", name_lengths)
    errors = 0
    for bad in ["x = 'open\n", "  y = 1\n z = 2\n", "a = $b\n"]:
        try:
            Lexer("if x:\n" + bad).run()
        except LexError as e:
            errors += 1
    print("errors", errors)


main()
