CELLS = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=B1-A1/2",
    "B3": "=SUM(A1:A3)", "C1": "=B3/0", "C2": "=C3+1", "C3": "=C2+1", "D1": "=Z9+1", "D2": "hello",
    "D3": "=MAX(A1:B2)",
}

class CellError(Exception):
    pass

def col_row(ref):
    return ref[0], int(ref[1:])

def expand(rng):
    a, b = rng.split(":")
    (c1, r1), (c2, r2) = col_row(a), col_row(b)
    return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

def evaluate(ref, stack=()):
    if ref in stack:
        raise CellError("cycle " + "->".join(stack + (ref,)))
    if ref not in CELLS:
        raise CellError(f"empty cell {ref}")
    raw = CELLS[ref]
    if not raw.startswith("="):
        try:
            return float(raw) if "." in raw else int(raw)
        except ValueError:
            return raw
    expr = raw[1:]
    for fn, agg in (("SUM", sum), ("MAX", max)):
        while fn + "(" in expr:
            s = expr.index(fn + "(")
            e = expr.index(")", s)
            vals = [evaluate(r, stack + (ref,)) for r in expand(expr[s + len(fn) + 1:e])]
            expr = expr[:s] + str(agg(vals)) + expr[e + 1:]
    tokens, cur = [], ""
    for ch in expr:
        if ch in "+-*/":
            tokens.append(cur)
            tokens.append(ch)
            cur = ""
        else:
            cur += ch
    tokens.append(cur)
    values = []
    for t in tokens:
        if t in "+-*/":
            values.append(t)
        elif t[0].isalpha():
            values.append(evaluate(t, stack + (ref,)))
        else:
            values.append(float(t) if "." in t else int(t))
    i = 1
    while i < len(values):
        if values[i] in ("*", "/"):
            a, op, b = values[i - 1], values[i], values[i + 1]
            try:
                r = a * b if op == "*" else a / b
            except ZeroDivisionError:
                raise CellError(f"division by zero in {ref}") from None
            values[i - 1:i + 2] = [r]
        else:
            i += 2
    result = values[0]
    for i in range(1, len(values), 2):
        result = result + values[i + 1] if values[i] == "+" else result - values[i + 1]
    return result

for ref in sorted(CELLS, key=lambda r: (r[1:], r[0])):
    try:
        print(f"{ref}: {CELLS[ref]:<12} = {evaluate(ref)!r}")
    except CellError as e:
        print(f"{ref}: {CELLS[ref]:<12} ! {e}")
