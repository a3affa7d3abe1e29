LEDGER = [
    ("2024-03-01", "opening balance", 1500.00),
    ("2024-03-02", "coffee", -4.50),
    ("2024-03-03", "salary", 3200.00),
    ("2024-03-05", "rent", -1200.00),
    ("2024-03-05", "groceries", -86.23),
    ("2024-03-09", "refund", 19.99),
    ("2024-03-12", "utilities", -143.10),
    ("2024-03-15", "groceries", -54.77),
]
BANK = [
    ("2024-03-02", -4.50),
    ("2024-03-03", 3200.00),
    ("2024-03-05", -86.23),
    ("2024-03-05", -1200.00),
    ("2024-03-10", 19.99),
    ("2024-03-12", -143.01),
    ("2024-03-20", -15.00),
]


def cents(x):
    return round(x * 100)


def reconcile(ledger, bank):
    unmatched_bank = list(bank)
    matched, missing = [], []
    for date, desc, amount in ledger[1:]:
        candidates = [b for b in unmatched_bank if cents(b[1]) == cents(amount)]
        if candidates:
            best = min(candidates, key=lambda b: (b[0] != date, b[0]))
            unmatched_bank.remove(best)
            matched.append((desc, amount, "same day" if best[0] == date else f"posted {best[0]}"))
        else:
            missing.append((date, desc, amount))
    return matched, missing, unmatched_bank


matched, missing, extra = reconcile(LEDGER, BANK)
print("MATCHED")
for desc, amount, note in matched:
    print(f"  {desc:<12}{amount:>10.2f}  {note}")
print("IN LEDGER ONLY")
for date, desc, amount in missing:
    print(f"  {date} {desc:<12}{amount:>10.2f}")
print("IN BANK ONLY")
for date, amount in extra:
    print(f"  {date} {amount:>22.2f}")
ledger_total = sum(cents(a) for _, _, a in LEDGER) / 100
bank_total = LEDGER[0][2] + sum(cents(a) for _, a in BANK) / 100
print(f"ledger balance {ledger_total:,.2f} bank balance {bank_total:,.2f} diff {ledger_total - bank_total:+.2f}")
running = 0.0
worst = (None, float("inf"))
for date, desc, amount in LEDGER:
    running = round(running + amount, 2)
    if running < worst[1]:
        worst = (date, running)
print("lowest balance", worst)
by_desc = {}
for _, desc, amount in LEDGER[1:]:
    if amount < 0:
        by_desc[desc] = round(by_desc.get(desc, 0) - amount, 2)
for desc, spent in sorted(by_desc.items(), key=lambda kv: -kv[1]):
    print(f"{desc:>10}: {spent:8.2f} {'#' * int(spent // 50)}")
print(0.1 + 0.2, round(0.1 + 0.2, 2), cents(0.1 + 0.2), cents(1.005), cents(2.675), sum([-86.23, -54.77]))
