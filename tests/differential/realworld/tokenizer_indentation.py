SOURCE = """\
def f(x):
    if x > 1:
        return x * f(x - 1)
    return 1

print(f(5))
  bad_indent = 1
"""


class IndentError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


def tokens(src):
    stack = [0]
    for lineno, raw in enumerate(src.splitlines(), 1):
        stripped = raw.lstrip(" ")
        if not stripped:
            continue
        indent = len(raw) - len(stripped)
        if indent > stack[-1]:
            stack.append(indent)
            yield lineno, "INDENT", indent
        while indent < stack[-1]:
            stack.pop()
            yield lineno, "DEDENT", indent
        if indent != stack[-1]:
            raise IndentError(lineno, f"unindent does not match any outer level ({indent} not in {stack})")
        word = ""
        for ch in stripped + "\n":
            if ch.isalnum() or ch == "_":
                word += ch
                continue
            if word:
                kind = "NUMBER" if word.isdigit() else ("KEYWORD" if word in {"def", "if", "return"} else "NAME")
                yield lineno, kind, word
                word = ""
            if ch in "()+-*:>,":
                yield lineno, "OP", ch
        yield lineno, "NEWLINE", None
    while len(stack) > 1:
        stack.pop()
        yield None, "DEDENT", 0


counts = {}
try:
    for lineno, kind, value in tokens(SOURCE):
        counts[kind] = counts.get(kind, 0) + 1
        if kind in ("INDENT", "DEDENT", "KEYWORD"):
            print(f"{lineno!s:>4} {kind:<8} {value!r}")
except IndentError as e:
    print("IndentError:", e, "| lineno attr:", e.lineno)
print(sorted(counts.items()))
good = SOURCE.rsplit("\n", 2)[0] + "\n"
kinds = [k for _, k, _ in tokens(good)]
print(len(kinds), kinds.count("INDENT") == kinds.count("DEDENT"), kinds[-3:])
names = sorted({v for _, k, v in tokens(good) if k == "NAME"})
print(names)
