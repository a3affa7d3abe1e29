# Exceptions caught inside loops: the values a handler path carries back to the loop header
# (a local rebound to a list or a big int before the raise) must be what compiled code
# assumes there. The handler runs in the interpreter, which hands over at the loop again.


def rebound_then_raise():
    s = 0
    for i in range(3):
        s = [i]
        try:
            raise ValueError
        except ValueError:
            pass
    t = s
    return t


def while_variant(n):
    s = 0
    i = 0
    while i < n:
        s = [i, i]
        i += 1
        try:
            raise KeyError(i)
        except KeyError as e:
            s.append(e.args[0])
    return s


def big_int_accumulator(n):
    s = 0
    m = ""
    for i in range(n):
        try:
            s += (i << (i % 70)) >> (i % 5)
            s -= 1 >> (i % 3 - 1)
        except ValueError as e:
            m = str(e)
    return s, m


def kinds_change_in_handler(n):
    acc = 0
    for i in range(n):
        try:
            if i % 7 == 3:
                raise ArithmeticError("x")
            acc += i
        except ArithmeticError:
            acc = float(acc) / 2 if i % 2 else "s%d" % i
            acc = len(acc) if isinstance(acc, str) else int(acc)
    return acc


def nested_handlers(n):
    out = None
    for i in range(n):
        try:
            try:
                out = {"i": i}
                raise TypeError
            except TypeError:
                out = (out, i)
                raise IndexError
        except IndexError:
            out = [out]
    return out


for _ in range(40):
    r1 = rebound_then_raise()
    r2 = while_variant(5)
print(r1, r2)
print(big_int_accumulator(4000))
print(kinds_change_in_handler(3000))
print(nested_handlers(300)[0][1])
print([[k] for k in range(5)])
