def check_balance(entries):
    total = sum(amount for _, amount in entries)
    assert total == 0, f"ledger unbalanced by {total:+.2f} over {len(entries)} entries"
    return "balanced"


print(check_balance([("a", 10.0), ("b", -10.0)]))
print(check_balance([("a", 10.0), ("b", -7.5), ("c", -1.25)]))
