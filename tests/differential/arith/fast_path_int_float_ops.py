# Small-int and float fast paths (binary and augmented) agree with the generic arithmetic:
# floor division/modulo signs, shifts, the small-int boundary, -0.0, inf, division by zero.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 6, -6, 140737488355327, -140737488355328, 2**47, -2**47 - 1]
out = []
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b:
            r += [a // b, a % b]
        if 0 <= b < 64:
            r.append(a >> b)
        x = a; x += b; r.append(x)
        x = a; x //= (b or 1); r.append(x)
        x = a; x %= (b or 5); r.append(x)
        out.append(r)
print(len(out), sum(sum(r) for r in out))
print(out[17], out[100], out[-1])
fl = [0.0, -0.0, 1.5, -2.25, 1e308, 3, -4, float("inf")]
res = []
for a in fl:
    for b in fl:
        t = [a + b, a - b, a * b]
        try:
            t.append(a / b)
        except ZeroDivisionError as e:
            t.append(str(e))
        y = a; y += b; t.append(y)
        y = a; y *= b; t.append(y)
        res.append(t)
print(res)
