sales = [
    ("North", "Widgets", 1200, 3.5),
    ("North", "Gadgets", 340, 12.25),
    ("South", "Widgets", 800, 3.5),
    ("South", "Gizmos", 55, 120.0),
    ("East", "Gadgets", 1500, 11.99),
    ("East", "Widgets", 0, 3.5),
    ("West", "Gizmos", 12, 130.5),
]
header = ("Region", "Product", "Units", "Price", "Revenue")
widths = (8, 10, 7, 9, 12)
line = "+".join("-" * (w + 2) for w in widths)
print("+" + line + "+")
print("| " + " | ".join(f"{h:^{w}}" for h, w in zip(header, widths)) + " |")
print("+" + line + "+")
totals = {}
grand = 0
for region, product, units, price in sales:
    revenue = units * price
    grand += revenue
    totals[region] = totals.get(region, 0) + revenue
    print("| {:<8} | {:<10} | {:>7,} | {:>9.2f} | {:>12,.2f} |".format(region, product, units, price, revenue))
print("+" + line + "+")
print("| {:<8} | {:<10} | {:>7} | {:>9} | {:>12,.2f} |".format("TOTAL", "", sum(s[2] for s in sales), "", grand))
print("+" + line + "+")
print()
print("Revenue share by region")
for region, rev in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    share = rev / grand
    bar = "#" * round(share * 40)
    print(f"{region:>6} {share:6.1%} {bar}")
print()
print("%-10s%10s%10s" % ("Product", "Units", "Avg"))
products = {}
for _, product, units, price in sales:
    p = products.setdefault(product, [0, 0.0])
    p[0] += units
    p[1] += units * price
for name in sorted(products):
    units, rev = products[name]
    avg = rev / units if units else float("nan")
    print("%-10s%10d%10.3f" % (name, units, avg))
print()
print("{0:=^40}".format(" summary "))
print("{:<20}{:>20}".format("best region", max(totals, key=totals.get)))
print("{:<20}{:>20.1f}".format("mean revenue", grand / len(sales)))
print("{:<20}{:>20e}".format("grand (sci)", grand))
print("{:<20}{:>+20.0f}".format("delta vs 10k", grand - 10000))
print("{:<20}{!r:>20}".format("zero-unit rows", [s[1] for s in sales if not s[2]]))
print("=" * 40)
