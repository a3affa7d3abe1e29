rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
for name, qty, price in rows:
    if isinstance(qty, str):
        print(f"{name:<10}|{qty:^5}|{price:>8}")
        print("-" * 10 + "+" + "-" * 5 + "+" + "-" * 8)
    else:
        print(f"{name:<10}|{qty:^5}|{price:>8.2f}")
total = sum(q * p for _, q, p in rows[1:])
print(f"{'TOTAL':<10}|{'':^5}|{total:>8.2f}")
