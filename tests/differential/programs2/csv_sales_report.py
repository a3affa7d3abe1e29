DATA = """region,product,units,price
North,Widget,12,2.50
South,Gadget,3,10.00
North,Gadget,7,10.00
East,Widget,25,2.45
West,Doohickey,1,99.99
South,Widget,8,2.50
East,Gadget,0,10.00
North,Doohickey,2,95.00
West,Widget,14,2.55
"""

def parse(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        fields = line.split(",")
        row = dict(zip(header, fields))
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        rows.append(row)
    return header, rows

header, rows = parse(DATA)
print("columns:", header)
print("rows:", len(rows))

by_region = {}
for r in rows:
    total = r["units"] * r["price"]
    by_region[r["region"]] = by_region.get(r["region"], 0.0) + total

print(f"{'Region':<8}{'Revenue':>12}")
for region, rev in sorted(by_region.items(), key=lambda x: -x[1]):
    print(f"{region:<8}{rev:>12,.2f}")
print(f"{'TOTAL':<8}{sum(by_region.values()):>12,.2f}")

by_product = {}
for r in rows:
    p = by_product.setdefault(r["product"], {"units": 0, "orders": 0})
    p["units"] += r["units"]
    p["orders"] += 1
for name in sorted(by_product):
    p = by_product[name]
    avg = p["units"] / p["orders"]
    print(f"{name:>10}: units={p['units']:4d} orders={p['orders']} avg={avg:6.2f}")

best = max(rows, key=lambda r: r["units"] * r["price"])
print("best row:", best)
zero = [r["region"] + "/" + r["product"] for r in rows if r["units"] == 0]
print("zero sales:", zero)
print("price range: %.2f .. %.2f" % (min(r["price"] for r in rows), max(r["price"] for r in rows)))
out = [",".join(header)]
for r in sorted(rows, key=lambda r: (r["region"], r["product"])):
    out.append(f"{r['region']},{r['product']},{r['units']},{r['price']:.2f}")
print("\n".join(out))
