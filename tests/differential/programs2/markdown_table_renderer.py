ROWS = [
    {"lang": "Python", "year": 1991, "typing": "dynamic", "speed": 1.0},
    {"lang": "Rust", "year": 2015, "typing": "static", "speed": 48.25},
    {"lang": "Go", "year": 2009, "typing": "static", "speed": 31.5},
    {"lang": "JavaScript", "year": 1995, "typing": "dynamic", "speed": 12.125},
    {"lang": "C", "year": 1972, "typing": "static", "speed": 50.0},
]

def render(rows, columns, aligns):
    cells = [[str(c) for c in columns]]
    for r in rows:
        line = []
        for c in columns:
            v = r[c]
            line.append(f"{v:.2f}" if isinstance(v, float) else str(v))
        cells.append(line)
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    def fmt_row(row):
        parts = []
        for text, w, a in zip(row, widths, aligns):
            if a == "r":
                parts.append(text.rjust(w))
            elif a == "c":
                parts.append(text.center(w))
            else:
                parts.append(text.ljust(w))
        return "| " + " | ".join(parts) + " |"
    sep = []
    for w, a in zip(widths, aligns):
        dash = "-" * w
        if a == "r":
            dash = dash[:-1] + ":"
        elif a == "c":
            dash = ":" + dash[1:-1] + ":"
        sep.append(dash)
    out = [fmt_row(cells[0]), "| " + " | ".join(sep) + " |"]
    out.extend(fmt_row(r) for r in cells[1:])
    return "\n".join(out)

print(render(ROWS, ["lang", "year", "typing", "speed"], "lrcr"))
print()
by_speed = sorted(ROWS, key=lambda r: r["speed"], reverse=True)
print(render(by_speed[:3], ["lang", "speed"], "lr"))
print()
groups = {}
for r in ROWS:
    groups.setdefault(r["typing"], []).append(r)
summary = [{"typing": k, "count": len(v), "avg_year": sum(x["year"] for x in v) / len(v),
            "names": ", ".join(x["lang"] for x in v)} for k, v in sorted(groups.items())]
print(render(summary, ["typing", "count", "avg_year", "names"], "lrrl"))
