RAW = """date,region,rep,amount,returned
2024-01-03,north,kim,120.50,no
2024-01-03,south,lee,80,no
2024-01-04,north,kim,99.99,yes
2024-01-05,east,ana,300,no
2024-01-05,south,lee,,no
2024-01-06,north,joe,45.25,no
2024-02-01,east,ana,150,no
2024-02-02,south,max,75.5,yes
2024-02-03,north,kim,210,no
bad,row
2024-02-04,east,ana,-20,no
"""


def rows(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    for n, line in enumerate(lines[1:], 2):
        parts = line.split(",")
        if len(parts) != len(header):
            print(f"line {n}: expected {len(header)} fields, got {len(parts)}")
            continue
        rec = dict(zip(header, parts))
        try:
            rec["amount"] = float(rec["amount"])
        except ValueError:
            print(f"line {n}: bad amount {rec['amount']!r}")
            continue
        if rec["amount"] < 0:
            print(f"line {n}: negative amount {rec['amount']}")
            continue
        rec["returned"] = rec["returned"] == "yes"
        rec["month"] = rec["date"][:7]
        yield rec


data = list(rows(RAW))
print(len(data), "valid rows")


def group(recs, *keys):
    out = {}
    for r in recs:
        k = tuple(r[key] for key in keys) if len(keys) > 1 else r[keys[0]]
        out.setdefault(k, []).append(r)
    return out


by_region = group(data, "region")
print(f"{'region':<8}{'n':>3}{'gross':>10}{'net':>10}{'avg':>9}")
for region, recs in sorted(by_region.items()):
    gross = sum(r["amount"] for r in recs)
    net = sum(r["amount"] for r in recs if not r["returned"])
    print(f"{region:<8}{len(recs):>3}{gross:>10.2f}{net:>10.2f}{gross / len(recs):>9.2f}")
pivot = group(data, "rep", "month")
months = sorted({r["month"] for r in data})
print(f"{'rep':<5}" + "".join(f"{m:>10}" for m in months) + f"{'total':>10}")
for rep in sorted({r["rep"] for r in data}):
    cells = [sum(x["amount"] for x in pivot.get((rep, m), [])) for m in months]
    print(f"{rep:<5}" + "".join(f"{c:>10.2f}" if c else f"{'-':>10}" for c in cells) + f"{sum(cells):>10.2f}")
top = sorted(data, key=lambda r: r["amount"], reverse=True)[:3]
print("top:", [(r["rep"], r["amount"]) for r in top])
ret_rate = sum(r["returned"] for r in data) / len(data)
print(f"return rate {ret_rate:.1%}, returned amount {sum(r['amount'] for r in data if r['returned']):.2f}")
print(max(by_region, key=lambda k: len(by_region[k])), min(data, key=lambda r: (r["amount"], r["date"]))["date"])
