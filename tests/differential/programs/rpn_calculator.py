class RPNError(Exception):
    pass


def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "**": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise RPNError(f"not enough operands for {tok}")
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == "neg":
            stack.append(-stack.pop())
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise RPNError(f"bad token {tok!r}") from None
    if len(stack) != 1:
        raise RPNError(f"stack has {len(stack)} items at end: {stack}")
    return stack[0]


tests = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "-7 2 //", "-7 2 %",
         "1.5 2 *", "3 dup *", "1 2 swap -", "4 neg 2 **", "1 +", "1 2", "2 x *", "1 0 /", "2 0.5 **"]
for t in tests:
    try:
        print(f"{t!r:>24} -> {rpn(t)!r}")
    except RPNError as e:
        print(f"{t!r:>24} -> RPNError: {e}")
    except ZeroDivisionError as e:
        print(f"{t!r:>24} -> ZeroDivisionError: {e}")
