# ** , pow() and math.pow with infinite and NaN operands take C99's special values, as CPython's.
import math
inf, nan = float("inf"), float("nan")
cases = [(0.0, -inf), (-0.0, -inf), (0, -inf), (-inf, 0.5), (-inf, -0.5), (-inf, 3), (-inf, -3), (-inf, 2.0),
         (inf, -2.0), (0.5, inf), (0.5, -inf), (2.0, -inf), (-1.0, inf), (-1.0, -inf), (1.0, nan), (nan, 0.0),
         (-2.0, inf), (-0.5, -inf), (-0.0, 3.0), (-0.0, -inf), (inf, 0.0)]
for x, y in cases:
    row = []
    for fn in (lambda a, b: a ** b, pow, math.pow):
        try:
            row.append(repr(fn(x, y)))
        except (ValueError, ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__)
    print(x, y, row)
for x, y in [(0.0, -1.0), (10.0, 400.0), (0, -2)]:
    for fn in (lambda a, b: a ** b, math.pow):
        try:
            print(fn(x, y))
        except (ValueError, ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e if "complex" not in str(e) else "")
