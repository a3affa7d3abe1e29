class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"{self.kind}:{self.value!r}"


class CalcError(Exception):
    pass


def tokenize(src):
    i, out = 0, []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            out.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/%()=,":
            out.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    out.append(Token("eof", None, len(src)))
    return out


class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok.value != value:
            raise CalcError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()

    def expr(self):
        left = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self):
        left = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            right = self.unary()
            if op != "*" and right == 0:
                raise CalcError("division by zero")
            left = left * right if op == "*" else left / right if op == "/" else left % right
        return left

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                funcs = {"max": max, "min": min, "abs": abs, "round": round}
                if tok.value not in funcs:
                    raise CalcError(f"unknown function {tok.value}")
                return funcs[tok.value](*args)
            if tok.value not in self.env:
                raise CalcError(f"undefined variable {tok.value}")
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {tok.value!r} at {tok.pos}")


env = {"pi": 3.14159}
programs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 7 % 4", "y = x * 2.5", "max(x, y, 1) - min(3, 4)",
            "10 / 4", "10 / (5 - 5)", "abs(-3) + round(pi, 2)", "z + 1", "3 $ 4", "(1 + 2", "2 ** -1", "foo(1)", "1 +"]
for src in programs:
    try:
        print(f"{src:<26} => {Parser(tokenize(src), env).statement()!r}")
    except CalcError as e:
        print(f"{src:<26} !! {e}")
print(sorted(env.items()))
print(tokenize("a=b**2"))
