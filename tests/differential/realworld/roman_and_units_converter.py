ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        va = values[a]
        total += -va if b != " " and values[b] > va else va
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in [0, 4000, 2.5, True, "IIII", "IC", "MMXXIV", "ABC"]:
    try:
        print(bad, "->", to_roman(bad) if not isinstance(bad, str) else from_roman(bad))
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
    except KeyError as e:
        print(bad, "-> bad symbol", e)

UNITS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}


def convert(value, src, dst):
    return value * UNITS[src] / UNITS[dst]


for v, a, b in [(1, "mi", "km"), (100, "cm", "in"), (5280, "ft", "mi"), (1, "mm", "km"), (3, "m", "m")]:
    r = convert(v, a, b)
    print(f"{v:>6} {a:<2} = {r:>14.6f} {b:<2} | {r!r} | {r:.3e} | {r:g}")
temps = [-40, 0, 37, 100, 451]
print([(c, round(c * 9 / 5 + 32, 1)) for c in temps])
print([round((f - 32) * 5 / 9, 2) for f in (-40, 32, 98.6, 212)])
