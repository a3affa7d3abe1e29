prices = {"apple": 1.2, "pear": 0.8, "kiwi": 2.5, "fig": 3.0}
print([k for k in prices])
print([f"{k}={v}" for k, v in prices.items() if v > 1])
print({k: round(v * 1.1, 2) for k, v in prices.items()})
print(sorted(k for k, v in prices.items() if v < 2))
print({v > 1.5 for v in prices.values()})
inv = {}
for k, v in prices.items():
    inv.setdefault(v > 1, []).append(k)
print(inv)
