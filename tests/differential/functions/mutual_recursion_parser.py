# grammar: expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := NUM | '(' expr ')' | '-' factor
def parse(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(int(s[i:j]))
            i = j
        elif c in "+-*/()":
            toks.append(c)
            i += 1
        else:
            i += 1
    pos = [0]
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None
    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in ("*", "/"):
            op = take()
            v = v * factor() if op == "*" else v // factor()
        return v
    def factor():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        if t == "-":
            return -factor()
        return t
    return expr()
for e in ["1+2*3", "(1+2)*3", "10/3-1", "-(4+4)*2", "2*(3+(4-1))*5", "7"]:
    print(e, "=", parse(e))
