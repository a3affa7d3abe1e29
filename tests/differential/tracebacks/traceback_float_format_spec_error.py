rows = [("widget", 2.5), ("gadget", "n/a")]
for name, price in rows:
    print(f"{name:<8} {price:>8.2f}")
