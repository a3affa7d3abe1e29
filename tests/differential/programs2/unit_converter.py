UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1, "min": 60, "h": 3600, "day": 86400},
}
TEMPS = {
    ("C", "F"): lambda v: v * 9 / 5 + 32,
    ("F", "C"): lambda v: (v - 32) * 5 / 9,
    ("C", "K"): lambda v: v + 273.15,
    ("K", "C"): lambda v: v - 273.15,
}

class ConversionError(ValueError):
    pass

def convert(value, src, dst):
    if (src, dst) in TEMPS:
        return TEMPS[(src, dst)](value)
    for kind, table in UNITS.items():
        if src in table and dst in table:
            return value * table[src] / table[dst]
    kinds = [k for k, t in UNITS.items() if src in t or dst in t]
    raise ConversionError(f"cannot convert {src} to {dst}" + (f" (kinds: {', '.join(kinds)})" if kinds else ""))

queries = ["5 km mi", "12 in cm", "1 mi ft", "100 C F", "-40 F C", "0 K C", "3 lb kg", "16 oz lb",
           "2.5 h min", "1 day s", "10 kg m", "7 parsec m", "98.6 F K"]
for q in queries:
    amount, src, dst = q.split()
    try:
        r = convert(float(amount), src, dst)
        print(f"{amount:>6} {src:<3} = {r:>14.6g} {dst:<3} | {r:,.3f}")
    except ConversionError as e:
        print(f"{amount:>6} {src:<3} ! {e}")
    except KeyError as e:
        print("missing", e)
