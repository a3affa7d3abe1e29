class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

class ParseError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/()%,":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"bad character {ch!r} at {i}")
    tokens.append(Token("eof", "", len(src)))
    return tokens

class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise ParseError(f"expected {text!r}, got {t!r}")
        self.i += 1
        return t

    def parse(self):
        v = self.expr()
        if self.peek().kind != "eof":
            raise ParseError(f"trailing {self.peek()!r}")
        return v

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            r = self.unary()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.env[t.text](*args)
            return self.env[t.text]
        if t.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {t!r}")

env = {"pi": 3.141592653589793, "x": 10, "max": max, "min": min, "abs": abs, "sq": lambda v: v * v}
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 % 3 - 10 / 4", "x * pi",
         "max(1, x, 3) + min(4, 5)", "sq(abs(-7)) / 2", "1.5 * 4", "2 ** -1", "10 - 3 - 2",
         "(1 + 2", "3 $ 4", "1 2", "y + 1", "5 / (3 - 3)", "1..2 + 1"]
print(tokenize("max(a_1, 2.5)**2"))
for src in tests:
    try:
        print(f"{src:<26} = {Parser(src, env).parse()!r}")
    except ParseError as e:
        print(f"{src:<26} ! ParseError: {e}")
    except KeyError as e:
        print(f"{src:<26} ! unknown name {e}")
    except (ZeroDivisionError, ValueError) as e:
        print(f"{src:<26} ! {type(e).__name__}: {e}")
