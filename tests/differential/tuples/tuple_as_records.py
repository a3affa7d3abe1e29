inventory = [("widget", 3, 2.5), ("gadget", 0, 10.0), ("doohickey", 12, 0.75)]
for name, qty, price in inventory:
    status = "out" if qty == 0 else "in"
    print(f"{name:<10} {qty:>3} {price:6.2f} {status}")
value = sum(q * p for _, q, p in inventory)
print(value)
by_value = sorted(inventory, key=lambda r: r[1] * r[2], reverse=True)
print([r[0] for r in by_value])
print(list(zip(*inventory)))
