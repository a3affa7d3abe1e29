STOCK = [
    ("SKU-001", "hex bolt", 120, 100, 0.12),
    ("SKU-002", "wing nut", 15, 50, 0.30),
    ("SKU-003", "washer", 0, 200, 0.02),
    ("SKU-004", "anchor", 42, 40, 1.75),
    ("SKU-005", "rivet", 7, 150, 0.08),
]
BUDGET = 20.0

needs = []
for sku, name, qty, target, cost in STOCK:
    short = max(0, target - qty)
    urgency = 1.0 if qty == 0 else short / target
    needs.append({"sku": sku, "name": name, "short": short, "cost": cost, "urgency": urgency})

needs.sort(key=lambda n: (-n["urgency"], n["cost"]))
remaining = BUDGET
plan = []
for n in needs:
    if n["short"] == 0:
        continue
    affordable = int(remaining // n["cost"])
    buy = min(n["short"], affordable)
    if buy:
        spend = round(buy * n["cost"], 2)
        remaining = round(remaining - spend, 2)
        plan.append((n["sku"], n["name"], buy, spend))
print(f"{'SKU':<8} {'item':<9} {'buy':>5} {'cost':>8}")
for sku, name, buy, spend in plan:
    print(f"{sku:<8} {name:<9} {buy:>5} {spend:>8.2f}")
print(f"{'':<24}{BUDGET - remaining:>8.2f} spent, {remaining:.2f} left")
unmet = {n["sku"]: n["short"] - next((b for s, _, b, _ in plan if s == n["sku"]), 0) for n in needs}
print("unmet:", {k: v for k, v in unmet.items() if v})
print("urgency ranking:", [(n["name"], round(n["urgency"], 3)) for n in needs])
