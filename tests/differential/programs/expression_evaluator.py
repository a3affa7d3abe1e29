class Num:
    def __init__(self, v):
        self.v = v
    def evaluate(self, env):
        return self.v
    def __repr__(self):
        return str(self.v)


class Var:
    def __init__(self, name):
        self.name = name
    def evaluate(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name}")
        return env[self.name]
    def __repr__(self):
        return self.name


class BinOp:
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "^": lambda a, b: a ** b,
    }
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def evaluate(self, env):
        return BinOp.OPS[self.op](self.left.evaluate(env), self.right.evaluate(env))
    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT_ASSOC = {"^"}


def tokenize(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            t = s[i:j]
            out.append(float(t) if "." in t else int(t))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def parse(tokens):
    pos = 0

    def primary():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        if t == "(":
            node = expr(0)
            pos += 1
            return node
        if t == "-":
            return BinOp("-", Num(0), primary())
        if isinstance(t, str):
            return Var(t)
        return Num(t)

    def expr(min_prec):
        nonlocal pos
        left = primary()
        while pos < len(tokens) and tokens[pos] in PREC and PREC[tokens[pos]] >= min_prec:
            op = tokens[pos]
            pos += 1
            next_min = PREC[op] if op in RIGHT_ASSOC else PREC[op] + 1
            right = expr(next_min)
            left = BinOp(op, left, right)
        return left

    return expr(0)


env = {"x": 3, "y": 4, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x + y * y", "10 / 4 - rate",
            "-(x - 10) * 2", "2 ^ 0.5", "z + 1", "1 / (x - 3)", "100 - 10 - 1"]:
    tree = parse(tokenize(src))
    try:
        print(f"{src:<16} => {tree!r:<28} = {tree.evaluate(env)}")
    except (NameError, ZeroDivisionError) as e:
        print(f"{src:<16} => {tree!r:<28} ! {type(e).__name__}: {e}")
