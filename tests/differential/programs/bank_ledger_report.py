TRANSACTIONS = [
    ("2024-01-03", "salary", 3200.00),
    ("2024-01-05", "rent", -1200.00),
    ("2024-01-09", "groceries", -84.37),
    ("2024-01-15", "groceries", -102.10),
    ("2024-01-20", "utilities", -145.99),
    ("2024-02-01", "salary", 3200.00),
    ("2024-02-02", "rent", -1200.00),
    ("2024-02-14", "dining", -64.50),
    ("2024-02-18", "groceries", -91.05),
    ("2024-02-28", "refund", 19.99),
    ("2024-03-01", "salary", 3350.00),
    ("2024-03-03", "rent", -1200.00),
]


def month_of(date):
    return date[:7]


balance = 0.0
by_month = {}
by_cat = {}
for date, cat, amount in TRANSACTIONS:
    balance = round(balance + amount, 2)
    m = by_month.setdefault(month_of(date), {"in": 0.0, "out": 0.0})
    if amount >= 0:
        m["in"] = round(m["in"] + amount, 2)
    else:
        m["out"] = round(m["out"] - amount, 2)
    by_cat[cat] = round(by_cat.get(cat, 0.0) + amount, 2)
    print(f"{date} {cat:<10} {amount:>10.2f} {balance:>10.2f}")
print()
for month, totals in by_month.items():
    net = totals["in"] - totals["out"]
    print(f"{month}: in {totals['in']:>9.2f} out {totals['out']:>9.2f} net {net:>+9.2f}")
print()
for cat, total in sorted(by_cat.items(), key=lambda kv: kv[1]):
    print(f"{cat:<10}{total:>10.2f}")
spend = [-a for _, c, a in TRANSACTIONS if a < 0]
print(len(spend), round(sum(spend), 2), round(sum(spend) / len(spend), 2), max(spend), min(spend))
